package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Shift;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.Violation;

class LockCheckTest {

  /** Monday 2027-01-04, 06:00 UTC. */
  private static final Instant NOW = Instant.parse("2027-01-04T06:00:00Z");

  private static FloorOperation op(String order, int seq, String status) {
    return new FloorOperation(
        order,
        "RELEASED",
        BigDecimal.TEN,
        LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 1, 8),
        5,
        seq,
        null,
        "PRESS",
        new BigDecimal("60"),
        new BigDecimal("6"),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        List.of(),
        status,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        "RUNNING".equals(status) ? NOW : null,
        null,
        List.of());
  }

  /** The press works weekdays 06:00-14:00; PO-9 runs on it from now until 07:00. */
  private static FloorProblem floor(List<OperationLock> locks) {
    Map<String, List<Shift>> days = new HashMap<>();
    for (String day : List.of("MON", "TUE", "WED", "THU", "FRI")) {
      days.put(day, List.of(Shift.of("06:00", "14:00")));
    }
    return FloorProblem.of(
        List.of(op("PO-1", 10, "WAITING"), op("PO-9", 10, "RUNNING")),
        List.of(new WorkCenter("PRESS", "", "D", 1, null, null, true, "DAY")),
        List.of(new CalendarDefinition("DAY", "", ZoneOffset.UTC, days)),
        List.of(),
        List.of(),
        locks,
        NOW,
        ZoneId.of("UTC"),
        new ScheduleRunRequest(
            30, 0, 1, SchedulingProblem.Mode.FORWARD, ScheduleRunRequest.DEFAULT_OBJECTIVES));
  }

  private static List<String> keys(OperationLock lock) {
    return LockCheck.check(floor(List.of()), lock).stream().map(Violation::key).toList();
  }

  @Test
  void a_lock_on_an_open_morning_is_kept() {
    assertThat(
            keys(new OperationLock("PO-1", 10, "PRESS", 0, Instant.parse("2027-01-05T06:00:00Z"))))
        .isEmpty();
  }

  @Test
  void a_lock_on_a_saturday_is_refused_saying_when_the_press_opens_next() {
    List<Violation> refused =
        LockCheck.check(
            floor(List.of()),
            new OperationLock("PO-1", 10, "PRESS", 0, Instant.parse("2027-01-09T08:00:00Z")));

    assertThat(refused).extracting(Violation::key).containsExactly("schedule.lock.closed");
    assertThat(refused.get(0).args()).contains("DAY", Instant.parse("2027-01-11T06:00:00Z"));
  }

  @Test
  void a_setup_that_would_not_fit_before_the_shift_ends_is_refused_too() {
    assertThat(
            keys(new OperationLock("PO-1", 10, "PRESS", 0, Instant.parse("2027-01-05T13:30:00Z"))))
        .containsExactly("schedule.lock.closed");
  }

  @Test
  void
      a_lock_over_the_running_operation_a_unit_it_lacks_a_center_it_cannot_use_or_the_past_is_refused() {
    assertThat(keys(new OperationLock("PO-1", 10, "PRESS", 0, NOW.plusSeconds(1800))))
        .containsExactly("schedule.lock.overlap");
    assertThat(keys(new OperationLock("PO-1", 10, "PRESS", 1, NOW.plusSeconds(86400))))
        .containsExactly("schedule.lock.unit");
    assertThat(keys(new OperationLock("PO-1", 10, "SAW", 0, NOW.plusSeconds(86400))))
        .containsExactly("schedule.lock.workCenter");
    assertThat(keys(new OperationLock("PO-1", 10, "PRESS", 0, NOW.minusSeconds(3600))))
        .containsExactly("schedule.lock.past");
  }
}
