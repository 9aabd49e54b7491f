package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Shift;
import org.officina.resources.model.WorkCenter;

/**
 * The load chart's figures by hand: a lathe of two units at 75 % (efficiency 100, utilisation 75)
 * working 06:00-14:00 on weekdays has 2 × 480 × 0.75 = 720 standard minutes a day; orders load it
 * from their start at infinite capacity, spilling over the night into the next working day.
 */
class CapacityLoadTest {

  /** Monday 4 January 2027, 06:00 UTC: the lathe has just opened. */
  private static final Instant NOW = Instant.parse("2027-01-04T06:00:00Z");

  private static final ZoneId UTC = ZoneId.of("UTC");

  private static FloorOperation operation(String order, int qty, String runMinutes) {
    return new FloorOperation(
        order,
        "RELEASED",
        new BigDecimal(qty),
        LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 1, 15),
        5,
        10,
        null,
        "LATHE",
        new BigDecimal("60"),
        new BigDecimal(runMinutes),
        null,
        null,
        null,
        null,
        null,
        List.of(),
        "READY",
        null,
        null,
        null,
        null,
        List.of());
  }

  private static CapacityLoad load(
      List<FloorOperation> rows, Map<String, Long> release, Set<String> planned, int days) {
    CalendarDefinition weekdays =
        new CalendarDefinition(
            "DAY",
            "",
            ZoneOffset.UTC,
            Map.of(
                "MON", List.of(Shift.of("06:00", "14:00")),
                "TUE", List.of(Shift.of("06:00", "14:00")),
                "WED", List.of(Shift.of("06:00", "14:00")),
                "THU", List.of(Shift.of("06:00", "14:00")),
                "FRI", List.of(Shift.of("06:00", "14:00"))));
    WorkCenter lathe =
        new WorkCenter(
            "LATHE", "", "MACH", 2, new BigDecimal("100"), new BigDecimal("75"), true, "DAY");
    ScheduleRunRequest request =
        new ScheduleRunRequest(
            days + 60, 0, 1, SchedulingProblem.Mode.FORWARD, ScheduleRunRequest.DEFAULT_OBJECTIVES);
    FloorProblem floor =
        FloorProblem.of(
            rows,
            List.of(lathe),
            List.of(weekdays),
            List.of(),
            List.of(),
            List.of(),
            NOW,
            UTC,
            request);
    return CapacityLoad.of(floor, release, planned, UTC, days);
  }

  @Test
  void an_order_loads_its_days_from_now_in_standard_minutes_spilling_into_the_next_working_day() {
    // 60 setup + 60 × 9 run = 600 standard minutes = 800 open minutes at 75 %: 480 on Monday, 320
    // on Tuesday, that is 360 and 240 standard minutes
    CapacityLoad load = load(List.of(operation("PRD-1", 60, "9")), Map.of(), Set.of(), 7);

    assertThat(load.days())
        .extracting(CapacityLoad.Bucket::from, CapacityLoad.Bucket::loadMinutes)
        .startsWith(
            tuple(LocalDate.of(2027, 1, 4), 360L),
            tuple(LocalDate.of(2027, 1, 5), 240L),
            tuple(LocalDate.of(2027, 1, 6), 0L));
    assertThat(load.days().get(0).capacity()).isEqualTo(720);
    assertThat(load.days().get(5).capacity()).as("Saturday is closed").isZero();
    assertThat(load.days().get(0).overloaded()).isFalse();
    assertThat(load.beyondHorizon()).isZero();
  }

  @Test
  void orders_beyond_what_the_units_can_do_in_a_day_overload_it_at_infinite_capacity() {
    List<FloorOperation> three =
        List.of(
            operation("PRD-1", 60, "9"), operation("PRD-2", 60, "9"), operation("PRD-3", 60, "9"));

    CapacityLoad.Bucket monday = load(three, Map.of(), Set.of(), 7).days().get(0);

    assertThat(monday.loadMinutes()).isEqualTo(3 * 360);
    assertThat(monday.overloaded()).isTrue();
    assertThat(monday.loadPct()).isEqualTo(150);
  }

  @Test
  void a_planned_order_of_mrp_loads_from_its_start_and_is_shown_apart() {
    // the planned order starts on Wednesday: 60 + 10 × 18 = 240 standard minutes that day
    long wednesday = 2 * 24 * 60;
    CapacityLoad load =
        load(
            List.of(operation("PRD-1", 60, "9"), operation("MRP-7", 10, "18")),
            Map.of("MRP-7", wednesday),
            Set.of("MRP-7"),
            7);

    CapacityLoad.Bucket day = load.days().get(2);
    assertThat(day.from()).isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(day.loadMinutes()).isEqualTo(240);
    assertThat(day.plannedMinutes()).isEqualTo(240);
    assertThat(load.days().get(0).plannedMinutes()).isZero();
  }

  @Test
  void a_week_sums_its_days_from_monday_and_what_ends_after_the_last_day_is_counted_apart() {
    // 60 + 600 × 9 = 5,460 standard minutes: fifteen working days, past a five-day horizon
    CapacityLoad load =
        load(
            List.of(operation("PRD-1", 60, "9"), operation("PRD-2", 600, "9")),
            Map.of(),
            Set.of(),
            5);

    assertThat(load.weeks()).hasSize(1);
    CapacityLoad.Bucket week = load.weeks().get(0);
    assertThat(week.from()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(week.capacity()).isEqualTo(5 * 720);
    assertThat(week.loadMinutes()).isEqualTo(600 + 5 * 360);
    assertThat(load.beyondHorizon()).isEqualTo(1);
  }
}
