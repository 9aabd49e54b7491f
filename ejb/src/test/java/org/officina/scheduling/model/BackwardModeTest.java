package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.scheduling.model.Shop.center;
import static org.officina.scheduling.model.Shop.op;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackwardModeTest {

  private static SchedulingProblem backward(List<Resource> centers, Job... orders) {
    return new SchedulingProblem(
        centers, Map.of(), List.of(orders), Shop.OBJECTIVES, SchedulingProblem.Mode.BACKWARD);
  }

  @Test
  void an_order_is_made_as_late_as_its_due_date_allows_with_queue_and_move_on_the_way() {
    Operation cut = new Operation(10, List.of("SAW"), 0, 100, null, Map.of(), 0, 0, 20, null);
    Operation mill = new Operation(20, List.of("MILL"), 30, 100, null, Map.of(), 0, 10, 0, null);
    SchedulingProblem problem =
        backward(List.of(center("SAW", 1), center("MILL", 1)), Shop.order("A", 1, 1000, cut, mill));

    Schedule schedule = Dispatcher.dispatch(problem);

    assertThat(schedule.placement(0, 1))
        .extracting(Placement::start, Placement::end)
        .containsExactly(870L, 1000L);
    assertThat(schedule.placement(0, 0))
        .extracting(Placement::start, Placement::end)
        .as("ends 20 minutes of move and 10 of queue before the milling")
        .containsExactly(740L, 840L);
    assertThat(schedule.tardiness(0)).isZero();
  }

  @Test
  void the_latest_start_is_counted_back_through_closed_time() {
    Availability days = Availability.of(0, 480, 1440, 1920);
    SchedulingProblem problem =
        backward(
            List.of(center("PRESS", days, "DAY")), Shop.order("A", 1, 1500, op(10, "PRESS", 120)));

    Schedule schedule = Dispatcher.dispatch(problem);

    assertThat(schedule.placement(0, 0))
        .extracting(Placement::start, Placement::end)
        .as("an hour at the end of the first day, an hour on the morning of the second")
        .containsExactly(420L, 1500L);
  }

  @Test
  void an_order_that_cannot_be_on_time_starts_now_and_capacity_still_holds() {
    SchedulingProblem problem =
        backward(
            List.of(center("SAW", 1)),
            Shop.order("LATE", 1, 100, op(10, "SAW", 200)),
            Shop.order("LATER", 1, 1000, op(10, "SAW", 100)));

    Schedule schedule = Dispatcher.dispatch(problem);

    assertThat(schedule.placement(0, 0).start()).isZero();
    assertThat(schedule.placement(1, 0).start()).isEqualTo(900);
    ScheduleInvariants.check(schedule);
  }

  @Test
  void forward_mode_starts_the_same_order_at_once() {
    SchedulingProblem problem =
        Shop.problem(List.of(center("SAW", 1)), Shop.order("A", 1, 1000, op(10, "SAW", 100)));

    assertThat(Dispatcher.dispatch(problem).placement(0, 0).start()).isZero();
  }

  @Test
  void an_order_due_after_the_calendar_ends_is_scheduled_forward_instead_of_pushed_out() {
    Availability twoDays = Availability.of(0, 480, 1440, 1920);
    SchedulingProblem problem =
        backward(
            List.of(center("PRESS", twoDays, "DAY")),
            Shop.order("A", 1, 10 * 1440, op(10, "PRESS", 300)),
            Shop.order("B", 1, 10 * 1440, op(10, "PRESS", 300)));

    Schedule schedule = Dispatcher.dispatch(problem);

    assertThat(schedule.unscheduled()).isZero();
    assertThat(schedule.placement(0, 0).start()).isZero();
  }
}
