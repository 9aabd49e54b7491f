package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.officina.shared.model.Roles;

class OrderActionTest {

  private static Set<OrderStatus> from(OrderAction action) {
    Set<OrderStatus> states = EnumSet.noneOf(OrderStatus.class);
    for (OrderStatus status : OrderStatus.values()) {
      if (action.allowedFrom(status)) {
        states.add(status);
      }
    }
    return states;
  }

  @Test
  void an_order_goes_planned_released_in_progress_completed_closed() {
    OrderStatus status = OrderStatus.PLANNED;
    for (OrderAction step :
        new OrderAction[] {
          OrderAction.RELEASE, OrderAction.START, OrderAction.COMPLETE, OrderAction.CLOSE
        }) {
      assertThat(step.allowedFrom(status)).as(step + " from " + status).isTrue();
      status = step.target(status);
    }
    assertThat(status).isEqualTo(OrderStatus.CLOSED);
  }

  @Test
  void only_planned_and_released_orders_can_be_cancelled_or_taken_back() {
    assertThat(from(OrderAction.CANCEL)).containsExactly(OrderStatus.PLANNED, OrderStatus.RELEASED);
    assertThat(from(OrderAction.UNRELEASE)).containsExactly(OrderStatus.RELEASED);
    assertThat(OrderAction.UNRELEASE.target(OrderStatus.RELEASED)).isEqualTo(OrderStatus.PLANNED);
  }

  @Test
  void an_order_completed_closed_or_cancelled_cannot_be_edited_and_nothing_follows_closed() {
    assertThat(from(OrderAction.EDIT))
        .containsExactly(OrderStatus.PLANNED, OrderStatus.RELEASED, OrderStatus.IN_PROGRESS);
    for (OrderAction action : OrderAction.values()) {
      assertThat(action.allowedFrom(OrderStatus.CLOSED)).as(action.name()).isFalse();
      assertThat(action.allowedFrom(OrderStatus.CANCELLED)).as(action.name()).isFalse();
    }
    assertThat(OrderAction.EDIT.target(OrderStatus.RELEASED)).isEqualTo(OrderStatus.RELEASED);
  }

  @Test
  void the_floor_declares_only_on_released_orders_and_orders_in_progress() {
    assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::acceptsWork))
        .containsExactly(OrderStatus.RELEASED, OrderStatus.IN_PROGRESS);
  }

  @Test
  void operators_start_and_complete_supervisors_release_and_cost_accountants_close() {
    assertThat(OrderAction.START.roles()).contains(Roles.OPERATOR, Roles.SUPERVISOR);
    assertThat(OrderAction.COMPLETE.roles()).contains(Roles.OPERATOR);
    assertThat(OrderAction.RELEASE.roles())
        .contains(Roles.SUPERVISOR)
        .doesNotContain(Roles.OPERATOR);
    assertThat(OrderAction.CLOSE.roles())
        .contains(Roles.COST_ACCOUNTANT)
        .doesNotContain(Roles.OPERATOR, Roles.SUPERVISOR);
    assertThat(OrderAction.CANCEL.roles())
        .containsExactlyInAnyOrder(Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION);
    for (OrderAction action : OrderAction.values()) {
      assertThat(action.roles()).contains(Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION);
    }
  }

  @Test
  void an_order_counts_as_supply_for_mrp_until_it_is_completed() {
    assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::open))
        .containsExactly(OrderStatus.PLANNED, OrderStatus.RELEASED, OrderStatus.IN_PROGRESS);
  }
}
