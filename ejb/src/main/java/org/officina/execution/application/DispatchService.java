package org.officina.execution.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.officina.engineering.model.IssueMethod;
import org.officina.execution.model.DispatchLine;
import org.officina.execution.model.DispatchList;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.PickingLine;
import org.officina.execution.model.ProductionOrders;
import org.officina.execution.model.PublishedSchedule;
import org.officina.execution.model.ScheduledSlot;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.model.LotPick;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.Roles;

/**
 * What the floor is to do: the dispatch list of a work center or a department, and the picking
 * lists the warehouse prepares for the orders on it.
 */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class DispatchService {

  @Inject ProductionOrders orders;
  @Inject PlantResourceService plant;
  @Inject MaterialFlowService materialFlow;
  @Inject PublishedSchedule schedule;

  /** The dispatch list of a work center. */
  public List<DispatchLine> ofWorkCenter(String workCenter) {
    return lines(Set.of(workCenter));
  }

  /** The dispatch list of a department: its work centers' operations in one sequence. */
  public List<DispatchLine> ofDepartment(String department) {
    return lines(DispatchList.workCentersOf(department, departments()));
  }

  private List<DispatchLine> lines(Set<String> workCenters) {
    if (workCenters.isEmpty()) {
      return List.of();
    }
    Placed placed = placed(workCenters);
    return placed.orders().isEmpty()
        ? List.of()
        : DispatchList.of(placed.orders(), workCenters, placed.slots());
  }

  /** The orders on the floor at some work centers, and where the published schedule put them. */
  private record Placed(List<DispatchList.OrderData> orders, Map<String, ScheduledSlot> slots) {}

  /**
   * The orders with an operation at these work centers, or placed there by the published schedule
   * on an alternate of their own center, with the slots of all their operations.
   */
  private Placed placed(Set<String> workCenters) {
    List<DispatchList.OrderData> onTheFloor =
        orders.onTheFloor(workCenters, schedule.ordersAt(workCenters));
    return new Placed(
        onTheFloor,
        onTheFloor.isEmpty()
            ? Map.of()
            : schedule.slots(onTheFloor.stream().map(data -> data.order().number()).toList()));
  }

  private Map<String, String> departments() {
    Map<String, String> departmentOf = new HashMap<>();
    for (WorkCenter center : plant.workCenters()) {
      departmentOf.put(center.code(), center.department());
    }
    return departmentOf;
  }

  /** The picking list of an order: its materials issued by list and not yet issued. */
  public List<PickingLine> pickingListOfOrder(String number) {
    return orders
        .find(number)
        .filter(o -> o.status().acceptsWork())
        .map(o -> picking(o.number(), orders.materials(o.id()), ownCenters(o.id()), w -> true))
        .orElse(List.of());
  }

  /**
   * The picking list of a department: what the orders on its dispatch list still need issued by
   * list for the operations at its work centers, by order and line.
   */
  public List<PickingLine> pickingListOfDepartment(String department) {
    Set<String> centers = DispatchList.workCentersOf(department, departments());
    if (centers.isEmpty()) {
      return List.of();
    }
    // an operation the published schedule placed on an alternate takes its materials there
    Placed placed = placed(centers);
    List<PickingLine> lines = new ArrayList<>();
    for (DispatchList.OrderData data : placed.orders()) {
      String number = data.order().number();
      Map<Integer, String> workCenterOf = new HashMap<>();
      data.operations()
          .forEach(
              o -> workCenterOf.put(o.seq(), DispatchList.workCenterOf(number, o, placed.slots())));
      lines.addAll(picking(number, data.materials(), workCenterOf, centers::contains));
    }
    return lines;
  }

  /** Each operation's own work center, by sequence. */
  private Map<Integer, String> ownCenters(long order) {
    Map<Integer, String> workCenterOf = new HashMap<>();
    orders.operations(order).forEach(o -> workCenterOf.put(o.seq(), o.workCenter()));
    return workCenterOf;
  }

  /** The picking lines of an order's materials at the work centers chosen, by operation. */
  private List<PickingLine> picking(
      String number,
      List<OrderMaterial> materials,
      Map<Integer, String> workCenterOf,
      Predicate<String> atWorkCenter) {
    List<PickingLine> lines = new ArrayList<>();
    for (OrderMaterial m : materials) {
      String center = workCenterOf.get(m.operationSeq());
      if (m.issueMethod() != IssueMethod.PICKING_LIST
          || m.openQty().signum() == 0
          || center == null
          || !atWorkCenter.test(center)) {
        continue;
      }
      LotPick.Picks picks = materialFlow.pick(m.item(), m.warehouse(), m.openQty(), List.of());
      lines.add(
          new PickingLine(
              number,
              m.line(),
              m.item(),
              m.warehouse(),
              m.openQty(),
              m.operationSeq(),
              center,
              picks.takes(),
              picks.shortfall()));
    }
    return lines;
  }
}
