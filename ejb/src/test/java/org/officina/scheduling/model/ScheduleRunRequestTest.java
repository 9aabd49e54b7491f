package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.officina.shared.model.Violation;

class ScheduleRunRequestTest {

  @Test
  void a_request_within_its_bounds_can_run() {
    assertThat(
            new ScheduleRunRequest(
                    60,
                    30,
                    1,
                    SchedulingProblem.Mode.BACKWARD,
                    ScheduleRunRequest.DEFAULT_OBJECTIVES)
                .violations())
        .isEmpty();
  }

  @Test
  void each_rule_a_request_breaks_is_named_by_its_field() {
    ScheduleRunRequest request =
        new ScheduleRunRequest(0, 601, 1, null, List.of(Objective.SETUP, Objective.SETUP));

    assertThat(request.violations())
        .extracting(Violation::field, Violation::key)
        .containsExactly(
            Tuple.tuple("horizonDays", "schedule.horizon.range"),
            Tuple.tuple("seconds", "schedule.seconds.range"),
            Tuple.tuple("mode", "schedule.mode.required"),
            Tuple.tuple("objectives", "schedule.objectives.twice"));
    assertThat(
            new ScheduleRunRequest(1, 0, 1, SchedulingProblem.Mode.FORWARD, List.of()).violations())
        .extracting(Violation::key)
        .containsExactly("schedule.objectives.required");
  }
}
