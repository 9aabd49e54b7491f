package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Changeover;
import org.officina.resources.model.Shift;
import org.officina.resources.model.Tool;
import org.officina.resources.model.WorkCenter;

class FloorProblemTest {

  private static final Instant NOW = Instant.parse("2027-01-04T06:00:00Z");
  private static final ScheduleRunRequest REQUEST =
      new ScheduleRunRequest(
          30, 0, 1, SchedulingProblem.Mode.FORWARD, ScheduleRunRequest.DEFAULT_OBJECTIVES);

  private static FloorOperation row(
      String order, int priority, int seq, Integer parent, String center, String status) {
    return new FloorOperation(
        order,
        "RELEASED",
        new BigDecimal("10"),
        LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 1, 8),
        priority,
        seq,
        parent,
        center,
        new BigDecimal("30"),
        new BigDecimal("4.5"),
        new BigDecimal("5"),
        new BigDecimal("15"),
        new BigDecimal("10"),
        new BigDecimal("25"),
        null,
        List.of("FIX-1", "GONE"),
        status,
        new BigDecimal("4"),
        new BigDecimal("1"),
        "RUNNING".equals(status) ? NOW.minusSeconds(3600) : null,
        null,
        List.of());
  }

  private static FloorProblem floor(List<FloorOperation> rows) {
    return floor(rows, List.of());
  }

  private static FloorProblem floor(List<FloorOperation> rows, List<OperationLock> locks) {
    List<WorkCenter> centers =
        List.of(
            new WorkCenter(
                "LATHE", "", "MACH", 2, new BigDecimal("80"), new BigDecimal("90"), true, "DAY"),
            new WorkCenter("PAINT", "", "MACH", 1, null, null, false, null));
    CalendarDefinition day =
        new CalendarDefinition(
            "DAY", "", ZoneOffset.UTC, Map.of("MON", List.of(Shift.of("06:00", "14:00"))));
    return FloorProblem.of(
        rows,
        centers,
        List.of(day),
        List.of(new Tool("FIX-1", "", 1), new Tool("NONE", "", 0)),
        List.of(new Changeover("LATHE", "STEEL", "BRASS", 45)),
        locks,
        NOW,
        ZoneId.of("UTC"),
        REQUEST);
  }

  @Test
  void each_open_order_is_a_job_weighted_by_priority_and_due_at_the_end_of_its_due_date() {
    FloorProblem floor =
        floor(
            List.of(
                row("PO-1", 2, 10, null, "LATHE", "WAITING"),
                row("PO-1", 2, 20, null, "PAINT", "WAITING")));

    Job job = floor.problem().jobs().get(0);
    assertThat(floor.order(0)).isEqualTo("PO-1");
    assertThat(job.weight()).isEqualTo(8);
    assertThat(job.due()).as("from Monday 06:00 to Saturday 00:00").isEqualTo(4 * 1440 + 18 * 60);
    Operation turning = job.operations().get(0);
    assertThat(turning.setup()).isEqualTo(30);
    assertThat(turning.run()).as("fixed 5 + 4.5 a piece for the 5 still to make").isEqualTo(28);
    assertThat(turning.tools()).as("only tools the plant has").isEqualTo(Map.of("FIX-1", 1));
    assertThat(List.of(turning.queue(), turning.move(), (long) turning.overlapPct()))
        .containsExactly(15L, 10L, 25L);
  }

  @Test
  void
      a_work_center_brings_its_units_rate_and_calendar_and_one_at_infinite_capacity_takes_any_number() {
    SchedulingProblem problem =
        floor(List.of(row("PO-1", 5, 10, null, "LATHE", "WAITING"))).problem();

    Resource lathe = problem.resources().get(0);
    assertThat(List.of(lathe.units(), lathe.ratePct())).containsExactly(2, 72);
    assertThat(lathe.availability().isOpen(60)).as("Monday 07:00").isTrue();
    assertThat(lathe.availability().isOpen(9 * 60)).as("Monday 15:00").isFalse();
    assertThat(problem.resources().get(1).external()).isTrue();
  }

  @Test
  void an_operation_keeps_its_setup_family_and_may_run_on_its_alternates_the_plant_has() {
    FloorProblem floor =
        floor(
            List.of(
                family(row("PO-1", 5, 10, null, "LATHE", "WAITING"), "STEEL", "PAINT", "GONE"),
                family(row("PO-2", 5, 10, null, "LATHE", "RUNNING"), "BRASS", "PAINT")));

    Operation waiting = floor.problem().jobs().get(0).operations().get(0);
    Operation started = floor.problem().jobs().get(1).operations().get(0);
    assertThat(waiting.family()).isEqualTo("STEEL");
    assertThat(waiting.workCenters()).containsExactly("LATHE", "PAINT");
    assertThat(started.workCenters())
        .as("started: it stays where it began")
        .containsExactly("LATHE");
    Resource lathe = floor.problem().resources().get(0);
    assertThat(lathe.setup("STEEL", "BRASS", 30)).as("the lathe's matrix").isEqualTo(45);
    assertThat(lathe.setup("BRASS", "STEEL", 30)).as("not in the matrix: its own").isEqualTo(30);
    assertThat(lathe.setup("STEEL", "STEEL", 30)).as("same family: none").isZero();
  }

  private static FloorOperation family(FloorOperation row, String family, String... alternates) {
    return new FloorOperation(
        row.order(),
        row.orderStatus(),
        row.qty(),
        row.startDate(),
        row.dueDate(),
        row.priority(),
        row.seq(),
        row.parentSeq(),
        row.workCenter(),
        row.setupMinutes(),
        row.runMinutes(),
        row.fixedMinutes(),
        row.queueMinutes(),
        row.moveMinutes(),
        row.overlapPct(),
        row.subcontractor(),
        row.tools(),
        row.status(),
        row.goodQty(),
        row.scrapQty(),
        row.startedAt(),
        family,
        List.of(alternates));
  }

  @Test
  void a_started_operation_is_frozen_where_it_began_with_the_pieces_still_to_make() {
    FloorProblem floor =
        floor(
            List.of(
                row("PO-1", 5, 10, null, "LATHE", "RUNNING"),
                row("PO-2", 5, 10, null, "LATHE", "RUNNING")));

    Operation.Fixed first = floor.problem().jobs().get(0).operations().get(0).fixed();
    Operation.Fixed second = floor.problem().jobs().get(1).operations().get(0).fixed();
    assertThat(first.kind()).isEqualTo(Operation.Fixed.Kind.FROZEN);
    assertThat(first.start()).isEqualTo(-60);
    assertThat(first.remainingRun())
        .as("4.5 a piece for the 5 still to make; its fixed time is spent")
        .isEqualTo(23);
    assertThat(List.of(first.unit(), second.unit())).as("one on each unit").containsExactly(0, 1);
  }

  @Test
  void
      sub_operations_are_part_of_their_operation_and_subcontracted_ones_wait_at_the_subcontractor() {
    FloorOperation sub = row("PO-1", 5, 11, 10, "LATHE", "WAITING");
    FloorOperation outside =
        new FloorOperation(
            "PO-1",
            "RELEASED",
            BigDecimal.ONE,
            null,
            LocalDate.of(2027, 1, 8),
            5,
            20,
            null,
            "LATHE",
            BigDecimal.ZERO,
            new BigDecimal("600"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            "ZINC-CO",
            List.of(),
            "WAITING",
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            null,
            null,
            List.of());

    SchedulingProblem problem =
        floor(List.of(row("PO-1", 5, 10, null, "LATHE", "WAITING"), sub, outside)).problem();

    assertThat(problem.jobs().get(0).operations())
        .extracting(Operation::seq)
        .containsExactly(10, 20);
    assertThat(problem.jobs().get(0).operations().get(1).workCenters())
        .containsExactly("SUB:ZINC-CO");
    assertThat(problem.resources())
        .filteredOn(r -> r.code().equals("SUB:ZINC-CO"))
        .singleElement()
        .extracting(Resource::external)
        .isEqualTo(true);
  }

  @Test
  void a_locked_operation_stays_where_the_planner_put_it_until_it_starts_or_the_lock_is_past() {
    FloorProblem floor =
        floor(
            List.of(
                row("PO-1", 5, 10, null, "LATHE", "WAITING"),
                row("PO-2", 5, 10, null, "LATHE", "WAITING"),
                row("PO-3", 5, 10, null, "LATHE", "RUNNING")),
            List.of(
                new OperationLock("PO-1", 10, "LATHE", 1, NOW.plusSeconds(3600)),
                new OperationLock("PO-2", 10, "LATHE", 0, NOW.minusSeconds(60)),
                new OperationLock("PO-3", 10, "LATHE", 1, NOW.plusSeconds(3600))));

    Operation.Fixed locked = floor.problem().jobs().get(0).operations().get(0).fixed();
    assertThat(List.of(locked.kind(), locked.workCenter(), locked.unit(), locked.start()))
        .containsExactly(Operation.Fixed.Kind.LOCKED, "LATHE", 1, 60L);
    assertThat(floor.problem().jobs().get(1).operations().get(0).isFixed()).as("past").isFalse();
    assertThat(floor.problem().jobs().get(2).operations().get(0).fixed().kind())
        .as("started: frozen where it began")
        .isEqualTo(Operation.Fixed.Kind.FROZEN);
  }
}
