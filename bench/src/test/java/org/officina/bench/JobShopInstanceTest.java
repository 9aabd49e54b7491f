package org.officina.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.officina.scheduling.model.Dispatcher;
import org.officina.scheduling.model.Objective;
import org.officina.scheduling.model.SchedulingProblem;

class JobShopInstanceTest {

  @Test
  void each_job_becomes_an_order_visiting_one_work_center_per_machine_in_its_own_order() {
    SchedulingProblem problem = JobShopInstance.parse("2 2\n0 3 1 2\n1 4 0 1\n").problem();

    assertThat(problem.resources()).extracting(r -> r.code()).containsExactly("M0", "M1");
    assertThat(problem.jobs().get(1).operations())
        .extracting(op -> op.workCenters().get(0), op -> op.run())
        .containsExactly(Tuple.tuple("M1", 4L), Tuple.tuple("M0", 1L));
    // M1 runs job 1 from 0 to 4, so job 0's second operation ends at 6 at best
    assertThat(Dispatcher.dispatch(problem).value(Objective.MAKESPAN)).isEqualTo(6);
  }

  @Test
  void a_malformed_instance_is_refused_saying_what_is_wrong() {
    assertThatThrownBy(() -> JobShopInstance.parse("2 2\n0 3 1 2\n1 4 0\n"))
        .hasMessageContaining("expected 4 'machine time' pairs");
    assertThatThrownBy(() -> JobShopInstance.parse("1 2\n0 3 2 2\n"))
        .hasMessageContaining("names machine 2");
    assertThatThrownBy(() -> JobShopInstance.parse("1 1\n0 x\n"))
        .hasMessageContaining("the time of job 0 operation 0 is not a whole number");
  }
}
