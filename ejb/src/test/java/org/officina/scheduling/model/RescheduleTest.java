package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.officina.resources.model.WorkCenter;

class RescheduleTest {

  private static final Instant NOW = Instant.parse("2027-01-04T06:00:00Z");

  private static FloorOperation op(String order, int priority, int seq, String center, String qty) {
    return new FloorOperation(
        order,
        "RELEASED",
        new BigDecimal(qty),
        LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 1, 8),
        priority,
        seq,
        null,
        center,
        BigDecimal.ZERO,
        BigDecimal.ONE,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        List.of(),
        "WAITING",
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        null,
        List.of());
  }

  private static FloorProblem floor(List<FloorOperation> rows) {
    return FloorProblem.of(
        rows,
        List.of(
            new WorkCenter("SAW", "", "D", 1, null, null, true, null),
            new WorkCenter("MILL", "", "D", 1, null, null, true, null)),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        NOW,
        ZoneId.of("UTC"),
        new ScheduleRunRequest(
            30, 0, 1, SchedulingProblem.Mode.FORWARD, ScheduleRunRequest.DEFAULT_OBJECTIVES));
  }

  private static ScheduleResult.OperationRow at(String order, int seq, String center, long start) {
    return new ScheduleResult.OperationRow(order, seq, center, 0, start, start, start + 1, 0, null);
  }

  @Test
  void the_published_sequence_is_kept_and_only_the_times_move() {
    // the rule would put the urgent B first; the planner published A first, and the floor keeps it
    FloorProblem floor = floor(List.of(op("A", 9, 10, "SAW", "100"), op("B", 1, 10, "SAW", "50")));

    Schedule schedule =
        ScheduleBuilder.build(
            floor.problem(),
            Reschedule.order(floor, List.of(at("A", 10, "SAW", 500), at("B", 10, "SAW", 900))));

    assertThat(schedule.placement(0, 0).start()).as("A now, since the saw is free").isZero();
    assertThat(schedule.placement(1, 0).start()).isEqualTo(100);
  }

  @Test
  void an_order_released_since_comes_after_and_an_operation_moved_elsewhere_goes_where_it_fits() {
    FloorProblem floor =
        floor(
            List.of(
                op("A", 5, 10, "SAW", "100"),
                op("A", 5, 20, "MILL", "10"),
                op("NEW", 1, 10, "SAW", "10")));

    List<Step> order =
        Reschedule.order(floor, List.of(at("A", 20, "DRILL", 300), at("A", 10, "SAW", 0)));

    assertThat(order)
        .extracting(Step::job, Step::index)
        .containsExactly(Tuple.tuple(0, 0), Tuple.tuple(0, 1), Tuple.tuple(1, 0));
    assertThat(order.get(0).workCenter()).isEqualTo("SAW");
    assertThat(order.get(1).chosen()).as("DRILL is not its work center any more").isFalse();
    ScheduleInvariants.check(ScheduleBuilder.build(floor.problem(), order));
  }
}
