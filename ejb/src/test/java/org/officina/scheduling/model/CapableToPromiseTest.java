package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.scheduling.model.Shop.center;
import static org.officina.scheduling.model.Shop.op;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapableToPromiseTest {

  @Test
  void a_new_order_is_promised_in_the_gaps_of_the_live_schedule_which_stays_as_it_is() {
    SchedulingProblem problem =
        Shop.problem(
            List.of(center("SAW", 1), center("MILL", 1)),
            Shop.order("A", 1, 1000, op(10, "SAW", 100), op(20, "MILL", 100)),
            Shop.order("B", 1, 1000, op(10, "SAW", 100), op(20, "MILL", 300)));
    Schedule live = Dispatcher.dispatch(problem);
    long milling = live.placement(1, 1).end();

    CapableToPromise.Promise promise =
        CapableToPromise.of(live, Shop.order("NEW", op(10, "MILL", 50), op(20, "SAW", 50)));

    assertThat(promise.operations().get(0).start())
        .as("the mill is idle until the first sawing is done")
        .isZero();
    assertThat(promise.operations().get(1).start())
        .as("the saw is busy with A and B until 200")
        .isEqualTo(200);
    assertThat(promise.end()).isEqualTo(250);
    assertThat(promise.reason()).isEqualTo(Cause.of(Cause.Kind.RESOURCE, "SAW", 200));
    assertThat(live.placement(1, 1).end()).isEqualTo(milling);
  }

  @Test
  void an_order_that_does_not_fit_in_a_gap_is_promised_after_what_is_planned() {
    SchedulingProblem problem =
        Shop.problem(
            List.of(center("SAW", 1)),
            Shop.order("A", 1, 1000, op(10, "SAW", 100)),
            Shop.order("B", 1, 1000, op(10, "SAW", 100)));
    Schedule live = Dispatcher.dispatch(problem);

    CapableToPromise.Promise promise =
        CapableToPromise.of(live, Shop.order("NEW", op(10, "SAW", 150)));

    assertThat(promise.end()).isEqualTo(350);
    assertThat(promise.reason().kind()).isEqualTo(Cause.Kind.RESOURCE);
  }
}
