package org.officina.execution.model;

import java.util.Set;
import java.util.stream.Stream;
import org.officina.shared.model.Roles;

/**
 * What may be done to a production order, from which states, into which state, and by whom. Every
 * action is recorded with its user and time.
 */
public enum OrderAction {
  /**
   * Launch it: materials reserved (and issued, when automatic), operations on the dispatch lists.
   */
  RELEASE(Set.of(OrderStatus.PLANNED), OrderStatus.RELEASED, Roles.SUPERVISOR),
  /** Take it back from the floor before anything was declared: reservations and issues undone. */
  UNRELEASE(Set.of(OrderStatus.RELEASED), OrderStatus.PLANNED, Roles.SUPERVISOR),
  /** The floor began: set by the first declaration, or by hand. */
  START(Set.of(OrderStatus.RELEASED), OrderStatus.IN_PROGRESS, Roles.SUPERVISOR, Roles.OPERATOR),
  /** No more work is expected, even if less than the quantity was made. */
  COMPLETE(
      Set.of(OrderStatus.RELEASED, OrderStatus.IN_PROGRESS),
      OrderStatus.COMPLETED,
      Roles.SUPERVISOR,
      Roles.OPERATOR),
  /** Its costs are final: what is still reserved is released. */
  CLOSE(Set.of(OrderStatus.COMPLETED), OrderStatus.CLOSED, Roles.COST_ACCOUNTANT),
  /** It will not be made: only before any work was declared. */
  CANCEL(Set.of(OrderStatus.PLANNED, OrderStatus.RELEASED), OrderStatus.CANCELLED),
  /** Made: by hand, or from a firm planned order. */
  CREATE(Set.of(), OrderStatus.PLANNED),
  /**
   * Change its quantity, dates, priority, warehouse, lot, tolerance, or whether it is firm
   * (tassativo: MRP must not suggest changing it).
   */
  EDIT(Set.of(OrderStatus.PLANNED, OrderStatus.RELEASED, OrderStatus.IN_PROGRESS), null);

  private final Set<OrderStatus> from;
  private final OrderStatus to;
  private final Set<String> roles;

  OrderAction(Set<OrderStatus> from, OrderStatus to, String... extraRoles) {
    this.from = from;
    this.to = to;
    this.roles =
        Set.copyOf(
            Stream.concat(
                    Stream.of(Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION), Stream.of(extraRoles))
                .toList());
  }

  public boolean allowedFrom(OrderStatus status) {
    return from.contains(status);
  }

  /** The state it leads to: the same state for actions that change no state. */
  public OrderStatus target(OrderStatus status) {
    return to == null ? status : to;
  }

  /** The roles that may do it; planners, administrators and other systems may do everything. */
  public Set<String> roles() {
    return roles;
  }
}
