package org.officina.execution.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.ItemKind;
import org.officina.execution.model.MaterialEdit;
import org.officina.execution.model.MaterialRules;
import org.officina.execution.model.OrderAction;
import org.officina.execution.model.OrderCopy;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderNeeds;
import org.officina.execution.model.OrderRules;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.OrderTerms;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.execution.model.ReservationPlan;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Production orders revised: their terms and their materials (the order's own copy of the bill),
 * over the version the planner read and in the states that allow it; a released order's stock
 * follows.
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
public class OrderRevisionService {

  @Inject ProductionOrders orders;
  @Inject OrderNeeds needs;
  @Inject OrderBook book;
  @Inject ItemService items;
  @Inject MaterialFlowService materialFlow;
  @Inject AutomaticIssue automatic;
  @Resource SessionContext session;

  /**
   * Changes an order's terms (not its item): over the version the planner read, in the states that
   * allow it. A new quantity resizes the materials (and what is reserved for them, once released).
   */
  public Outcome<ProductionOrder> revise(String number, OrderTerms changes, Long version) {
    Caller caller = Caller.of(session);
    OrderBook.Taken taken = book.take(caller, number, OrderAction.EDIT, version);
    if (taken.refused() != null) {
      return taken.refusal();
    }
    ProductionOrder order = taken.order();
    OrderTerms terms = changes.over(order);
    ItemKind kind = items.kinds(List.of(order.item())).get(order.item());
    List<Violation> violations = OrderRules.check(terms, kind, order.goodQty());
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    ProductionOrder revised = revised(order, terms);
    if (revised.qty().compareTo(order.qty()) != 0) {
      violations = resize(revised);
      if (!violations.isEmpty()) {
        return Outcome.invalid(violations);
      }
    }
    return new Outcome.Done<>(
        book.record(caller, order, revised, OrderAction.EDIT, changesOf(order, revised)));
  }

  /**
   * Replaces an order's materials with the planner's (the order's copy only, never the bill): over
   * the version read, while the order may be edited. Once released, what is reserved follows.
   */
  public Outcome<List<OrderMaterial>> saveMaterials(
      String number, List<MaterialEdit> edits, Long version) {
    Caller caller = Caller.of(session);
    OrderBook.Taken taken = book.take(caller, number, OrderAction.EDIT, version);
    if (taken.refused() != null) {
      return taken.refusal();
    }
    ProductionOrder order = taken.order();
    List<String> codes =
        edits.stream()
            .map(MaterialEdit::item)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    Map<String, ItemKind> kinds = items.kinds(codes);
    MaterialRules.Order current =
        new MaterialRules.Order(
            order,
            orders.materials(order.id()),
            orders.operations(order.id()),
            kinds,
            items.issueMethods(codes));
    List<Violation> violations = MaterialRules.check(edits, current);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    List<OrderMaterial> materials =
        MaterialRules.apply(edits, current, c -> kinds.get(c).uom().isDiscrete());
    orders.saveMaterials(order.id(), materials);
    violations = onTheFloor(order);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    book.record(caller, order, order, OrderAction.EDIT, "materials");
    return new Outcome.Done<>(orders.materials(order.id()));
  }

  /** Sizes the materials for the order's new quantity; see {@link #onTheFloor}. */
  private List<Violation> resize(ProductionOrder order) {
    List<OrderMaterial> materials = orders.materials(order.id());
    Map<String, ItemKind> kinds =
        items.kinds(materials.stream().map(OrderMaterial::item).distinct().toList());
    orders.saveMaterials(
        order.id(),
        OrderCopy.resized(
            materials, order.qty(), c -> kinds.containsKey(c) && kinds.get(c).uom().isDiscrete()));
    return onTheFloor(order);
  }

  /**
   * Once an order is released, its changed materials follow: what automatic materials still need is
   * issued (stock must cover it), the others are reserved again. Material issued beyond a smaller
   * need stays with the order until it is returned.
   */
  private List<Violation> onTheFloor(ProductionOrder order) {
    if (order.status() == OrderStatus.PLANNED) {
      return List.of();
    }
    List<OrderMaterial> materials = orders.materials(order.id());
    List<Violation> violations = automatic.issue(order, materials);
    if (!violations.isEmpty()) {
      return violations;
    }
    List<OrderMaterial> now = orders.materials(order.id());
    materialFlow.reserve(
        order.number(),
        ReservationPlan.of(
            order.number(), now, FreeStock.of(order, now, materialFlow, needs, true)));
    return List.of();
  }

  private static ProductionOrder revised(ProductionOrder o, OrderTerms t) {
    return new ProductionOrder(
        o.id(),
        o.number(),
        o.plant(),
        o.item(),
        t.qty(),
        t.warehouse(),
        t.lot(),
        t.startDate(),
        t.dueDate(),
        t.priorityOrDefault(),
        Boolean.TRUE.equals(t.firm()),
        o.status(),
        t.toleranceOrDefault(),
        o.goodQty(),
        o.scrapQty(),
        o.firmPlannedOrder(),
        o.version(),
        o.createdBy(),
        o.createdAt(),
        o.changedBy(),
        o.changedAt());
  }

  private static String changesOf(ProductionOrder before, ProductionOrder after) {
    List<String> changes = new ArrayList<>();
    change(changes, "qty", before.qty().stripTrailingZeros(), after.qty().stripTrailingZeros());
    change(changes, "start_date", before.startDate(), after.startDate());
    change(changes, "due_date", before.dueDate(), after.dueDate());
    change(changes, "priority", before.priority(), after.priority());
    change(changes, "warehouse", before.warehouse(), after.warehouse());
    change(changes, "lot", before.lot(), after.lot());
    change(changes, "firm", before.firm(), after.firm());
    change(
        changes,
        "tolerance_pct",
        before.tolerancePct().stripTrailingZeros(),
        after.tolerancePct().stripTrailingZeros());
    return changes.isEmpty() ? null : String.join(", ", changes);
  }

  private static void change(List<String> changes, String field, Object before, Object after) {
    if (!String.valueOf(before).equals(String.valueOf(after))) {
      changes.add(field + " " + before + " → " + after);
    }
  }
}
