package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.resources.model.Shift;
import org.officina.resources.model.WorkingCalendar;

class AvailabilityTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
  private static final Instant ORIGIN = at(FRIDAY, "00:00");

  /** Two shifts, 06:00-14:00 and 14:00-22:00, Monday to Friday; these dates closed. */
  private static Availability twoShifts(LocalDate... holidays) {
    Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        week.put(day, List.of(Shift.of("06:00", "14:00"), Shift.of("14:00", "22:00")));
      }
    }
    Map<LocalDate, List<Shift>> closed = new HashMap<>();
    for (LocalDate holiday : holidays) {
      closed.put(holiday, List.of());
    }
    return Availability.of(new WorkingCalendar("TWO", ROME, week, closed), ORIGIN, 30);
  }

  /** A night shift only, 22:00-06:00, every night from Sunday to Thursday. */
  private static Availability nights() {
    Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY)) {
      week.put(day, List.of(Shift.of("22:00", "06:00")));
    }
    return Availability.of(new WorkingCalendar("NIGHT", ROME, week, Map.of()), ORIGIN, 30);
  }

  private static Instant at(LocalDate date, String time) {
    return LocalDateTime.of(date, LocalTime.parse(time)).atZone(ROME).toInstant();
  }

  private static long minute(LocalDate date, String time) {
    return Duration.between(ORIGIN, at(date, time)).toMinutes();
  }

  @Test
  void work_that_does_not_fit_on_friday_pauses_over_the_weekend_and_ends_on_monday() {
    long end = twoShifts().end(minute(FRIDAY, "20:00"), 5 * 60);
    assertThat(end).isEqualTo(minute(MONDAY, "09:00"));
  }

  @Test
  void a_holiday_on_monday_moves_the_rest_of_the_work_to_tuesday() {
    long end = twoShifts(MONDAY).end(minute(FRIDAY, "20:00"), 5 * 60);
    assertThat(end).isEqualTo(minute(TUESDAY, "09:00"));
  }

  @Test
  void a_night_shift_runs_past_midnight_into_the_next_day() {
    long end = nights().end(minute(FRIDAY, "12:00"), 10 * 60);
    assertThat(end)
        .as("Sunday 22:00-06:00 gives 8 hours, Monday night the last 2")
        .isEqualTo(minute(TUESDAY, "00:00"));
  }

  @Test
  void a_block_that_must_stay_whole_waits_for_the_next_shift_long_enough_to_hold_it() {
    Availability open = Availability.of(0, 60, 100, 400);
    assertThat(open.startWhole(30, 90)).isEqualTo(100);
    assertThat(open.startWhole(30, 20)).isEqualTo(30);
    assertThat(open.nextOpen(70)).isEqualTo(100);
  }

  @Test
  void the_latest_start_finishes_exactly_on_time_counting_open_minutes_only() {
    Availability open = Availability.of(0, 60, 100, 400);
    assertThat(open.latestStart(130, 50)).isEqualTo(40);
    assertThat(open.latestStart(130, 30)).isEqualTo(100);
    assertThat(open.end(open.latestStart(300, 150), 150)).isEqualTo(300);
    assertThat(open.workBetween(30, 130)).isEqualTo(60);
  }

  @Test
  void work_beyond_the_calendar_never_ends() {
    assertThat(Availability.of(0, 60).end(30, 31)).isEqualTo(Availability.NEVER);
    assertThat(Availability.of(0, 60).startWhole(61, 1)).isEqualTo(Availability.NEVER);
  }
}
