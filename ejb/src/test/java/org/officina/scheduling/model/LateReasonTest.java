package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.scheduling.model.Shop.center;
import static org.officina.scheduling.model.Shop.op;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LateReasonTest {

  @Test
  void an_order_late_behind_a_busy_work_center_names_that_bottleneck() {
    SchedulingProblem problem =
        Shop.problem(
            List.of(center("SAW", 1), center("PAINT", 1)),
            Shop.order("URGENT", 5, 300, op(10, "SAW", 100), op(20, "PAINT", 150)),
            Shop.order("LATER", 1, 320, op(10, "SAW", 100), op(20, "PAINT", 150)));

    Schedule schedule = Dispatcher.dispatch(problem);

    assertThat(schedule.end(0)).isEqualTo(250);
    assertThat(schedule.tardiness(1)).isEqualTo(400 - 320);
    assertThat(schedule.reason(1)).isEqualTo(Cause.of(Cause.Kind.RESOURCE, "PAINT", 250));
  }

  @Test
  void an_order_late_for_its_material_names_the_material_and_the_day_it_arrives() {
    long arrival = 3 * 1440;
    Job waiting =
        new Job(
            "ORD-7",
            1,
            2 * 1440,
            arrival,
            "STEEL-BAR-40",
            List.of(op(10, "SAW", 60), op(20, "PAINT", 60)));
    SchedulingProblem problem =
        new SchedulingProblem(
            List.of(center("SAW", 1), center("PAINT", 1)),
            Map.of(),
            List.of(waiting),
            Shop.OBJECTIVES);

    Schedule schedule = Dispatcher.dispatch(problem);

    assertThat(schedule.tardiness(0)).isEqualTo(arrival + 120 - 2 * 1440);
    assertThat(schedule.reason(0))
        .isEqualTo(Cause.of(Cause.Kind.MATERIAL, "STEEL-BAR-40", arrival));
  }

  @Test
  void the_dispatcher_runs_the_heavier_order_first_when_both_cannot_be_on_time() {
    SchedulingProblem problem =
        Shop.problem(
            List.of(center("SAW", 1)),
            Shop.order("LIGHT", 1, 100, op(10, "SAW", 100)),
            Shop.order("HEAVY", 10, 100, op(10, "SAW", 100)));

    Schedule schedule = Dispatcher.dispatch(problem);

    assertThat(schedule.tardiness(1)).isZero();
    assertThat(schedule.value(Objective.WEIGHTED_TARDINESS)).isEqualTo(100);
  }
}
