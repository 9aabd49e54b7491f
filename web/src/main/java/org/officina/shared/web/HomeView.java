package org.officina.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.officina.execution.application.OrderLifecycleService;
import org.officina.execution.application.ProductionOrderService;
import org.officina.execution.application.SupervisorService;
import org.officina.execution.model.Feasibility;
import org.officina.execution.model.FloorFigures;
import org.officina.execution.model.OrderSearch;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.ProductionOrder;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.MessageSearch;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpRunRecord;
import org.officina.shared.model.Roles;

/**
 * The home page, by role: a planner sees the late orders, the orders soon due that lack material,
 * the last MRP run and its messages to act on; a supervisor the floor (orders by state, work in
 * progress by department, late orders); an operator the way to the terminal; a cost accountant the
 * completed orders to close. Each figure links to the page that lists what it counts.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 8;

  /** Planned orders due within this many days are checked for material. */
  private static final int SHORTAGE_DAYS = 30;

  private static final List<MessageType> TO_ACT_ON =
      List.of(
          MessageType.PAST_DUE,
          MessageType.EXPEDITE,
          MessageType.RELEASE_NOW,
          MessageType.BELOW_SAFETY_STOCK,
          MessageType.CANCEL);

  @Inject SupervisorService floor;
  @Inject ProductionOrderService orders;
  @Inject OrderLifecycleService lifecycle;
  @Inject MrpRunService mrp;
  @Inject PlantZone zone;

  private List<ProductionOrder> late;
  private List<Shortage> shortages;
  private Optional<MrpRunRecord> lastRun;
  private Map<MessageType, Long> messages;
  private Map<OrderStatus, Long> byState;
  private List<ProductionOrder> toClose;

  /** A planned order soon due, and the first material it lacks. */
  public record Shortage(ProductionOrder order, Feasibility material, int more) {}

  public boolean is(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  public boolean isPlanner() {
    return is(Roles.PLANNER) || is(Roles.ADMIN);
  }

  public boolean isSupervisor() {
    return is(Roles.SUPERVISOR) || is(Roles.ADMIN);
  }

  public List<ProductionOrder> getLate() {
    if (late == null) {
      late = floor.lateOrders(SHOWN);
    }
    return late;
  }

  public Map<OrderStatus, Long> getByState() {
    if (byState == null) {
      byState = floor.ordersByStatus();
    }
    return byState;
  }

  public long count(OrderStatus status) {
    return getByState().getOrDefault(status, 0L);
  }

  /** Planned orders due in the next weeks that stock and open supply do not yet cover. */
  public List<Shortage> getShortages() {
    if (shortages == null) {
      LocalDate today = LocalDate.now(zone.zone());
      shortages = new ArrayList<>();
      for (ProductionOrder order :
          orders
              .search(
                  new OrderSearch(
                      Set.of(OrderStatus.PLANNED),
                      null,
                      null,
                      null,
                      today.plusDays(SHORTAGE_DAYS),
                      false,
                      0,
                      SHOWN))
              .content()) {
        List<Feasibility> short_ =
            lifecycle.feasibility(order.number()).orElse(List.of()).stream()
                .filter(Feasibility::isShort)
                .toList();
        if (!short_.isEmpty()) {
          shortages.add(new Shortage(order, short_.get(0), short_.size() - 1));
        }
      }
    }
    return shortages;
  }

  public Optional<MrpRunRecord> getLastRun() {
    if (lastRun == null) {
      lastRun = mrp.latest(null, 1).stream().findFirst();
    }
    return lastRun;
  }

  /** The live plan's messages that ask for action, counted by type. */
  public Map<MessageType, Long> getMessages() {
    if (messages == null) {
      messages = new LinkedHashMap<>();
      Optional<MrpRunRecord> live =
          mrp.latest(null, 20).stream().filter(MrpRunRecord::live).findFirst();
      live.ifPresent(
          run ->
              TO_ACT_ON.forEach(
                  type ->
                      messages.put(
                          type,
                          mrp.messages(run.id(), new MessageSearch(type, null, null), 0, 1)
                              .total())));
    }
    return messages;
  }

  public List<FloorFigures.WorkInProgress> getWorkInProgress() {
    return List.copyOf(floor.workInProgressByDepartment().values());
  }

  public List<ProductionOrder> getToClose() {
    if (toClose == null) {
      toClose =
          orders
              .search(
                  new OrderSearch(
                      Set.of(OrderStatus.COMPLETED), null, null, null, null, false, 0, SHOWN))
              .content();
    }
    return toClose;
  }
}
