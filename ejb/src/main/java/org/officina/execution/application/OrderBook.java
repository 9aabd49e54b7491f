package org.officina.execution.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.officina.demand.application.DemandService;
import org.officina.execution.model.Allocations;
import org.officina.execution.model.OrderAction;
import org.officina.execution.model.OrderTransition;
import org.officina.execution.model.ProductionEvent;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.SupplyLine;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Violation;

/**
 * What every change of a production order does besides itself: the header saved only over the
 * version it was read at, the action recorded with its user and time, the order's open quantity and
 * its materials still to issue kept as supply and allocations for MRP, and the event other systems
 * hear of.
 */
@Dependent
public class OrderBook {

  @Inject ProductionOrders orders;
  @Inject PurchasingService purchasing;
  @Inject DemandService demand;
  @Inject Event<ProductionEvent> events;
  Clock clock = Clock.systemUTC();

  public Instant now() {
    return clock.instant();
  }

  /**
   * An order locked for an action, or why the caller may not take it now: no such order, a role
   * that may not, a state that does not allow it, a version read before someone else's change.
   */
  public record Taken(ProductionOrder order, Outcome.Refused<?> refused) {

    public <T> Outcome<T> refusal() {
      return new Outcome.Refused<>(refused.refusal(), refused.violations());
    }
  }

  /** Locks the order to do the action, if the caller may do it now (version null: unchecked). */
  public Taken take(Caller caller, String number, OrderAction action, Long version) {
    Optional<ProductionOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return new Taken(
          null,
          new Outcome.Refused<>(
              Outcome.Refusal.NOT_FOUND,
              java.util.List.of(Violation.of("order", "order.notFound", number))));
    }
    Optional<Outcome<Object>> refusal = refusal(caller, action, found.get(), version);
    return new Taken(found.get(), (Outcome.Refused<?>) refusal.orElse(null));
  }

  /** Why the caller may not do the action to the order now, if they may not. */
  public static <T> Optional<Outcome<T>> refusal(
      Caller caller, OrderAction action, ProductionOrder order, Long version) {
    if (!caller.mayDo(action)) {
      return Optional.of(
          Outcome.refused(
              Outcome.Refusal.FORBIDDEN, Violation.of("action", "order.action.role", action)));
    }
    if (!action.allowedFrom(order.status())) {
      return Optional.of(
          Outcome.refused(
              Outcome.Refusal.INVALID,
              Violation.of(
                  "status", "order.action.state", action, order.number(), order.status())));
    }
    if (version != null && version != order.version()) {
      return Optional.of(
          Outcome.refused(
              Outcome.Refusal.STALE,
              Violation.of("version", "order.stale", order.number(), order.changedBy())));
    }
    return Optional.empty();
  }

  /**
   * Saves the order's header as changed by the action and records the action; the caller holds the
   * order's lock, so the version read is the one written over.
   */
  public ProductionOrder record(
      Caller caller,
      ProductionOrder before,
      ProductionOrder after,
      OrderAction action,
      String note) {
    Instant now = now();
    if (!orders.update(after, caller.user(), now)) {
      throw new IllegalStateException("order " + before.number() + " changed under its lock");
    }
    orders.recordTransition(
        after.id(),
        new OrderTransition(action, before.status(), after.status(), note, caller.user(), now));
    follow(after);
    ProductionEvent.Type type = eventOf(action);
    if (type != null) {
      events.fire(ProductionEvent.ofOrder(type, after, caller.user(), now));
    }
    return orders.find(after.number()).orElseThrow();
  }

  /**
   * Keeps what MRP counts of the order as the order is: its open quantity as supply, and what its
   * materials still need as allocations, while it is open. Called after every change of its header,
   * its materials or what was issued to it.
   */
  public void follow(ProductionOrder order) {
    demand.follow(order.number(), Allocations.of(order, orders.materials(order.id())));
    BigDecimal open = order.status().open() ? order.openQty() : BigDecimal.ZERO;
    purchasing.follow(
        new SupplyLine(
            SupplyOrderType.PRODUCTION,
            order.number(),
            1,
            order.item(),
            open,
            order.dueDate(),
            order.firm(),
            null));
  }

  public void fire(ProductionEvent event) {
    events.fire(event);
  }

  private static ProductionEvent.Type eventOf(OrderAction action) {
    return switch (action) {
      case RELEASE -> ProductionEvent.Type.ProductionOrderReleased;
      case COMPLETE -> ProductionEvent.Type.ProductionOrderCompleted;
      case CANCEL -> ProductionEvent.Type.ProductionOrderCancelled;
      case CLOSE -> ProductionEvent.Type.ProductionOrderClosed;
      default -> null;
    };
  }
}
