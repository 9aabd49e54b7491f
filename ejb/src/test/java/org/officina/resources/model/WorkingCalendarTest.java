package org.officina.resources.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

  /** Monday to Friday, 08:00-12:00 and 13:00-17:00. */
  private static WorkingCalendar dayShifts(Map<LocalDate, List<Shift>> exceptions) {
    Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      week.put(day, List.of(Shift.of("08:00", "12:00"), Shift.of("13:00", "17:00")));
    }
    return new WorkingCalendar("DAY", ROME, week, exceptions);
  }

  private static WorkingCalendar dayShifts() {
    return dayShifts(Map.of());
  }

  /** Every day a night shift, 22:00-06:00. */
  private static WorkingCalendar nights() {
    Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, List.of(Shift.of("22:00", "06:00")));
    }
    return new WorkingCalendar("NIGHT", ROME, week, Map.of());
  }

  private static Instant at(LocalDate date, String time) {
    return LocalDateTime.of(date, java.time.LocalTime.parse(time)).atZone(ROME).toInstant();
  }

  @Test
  void work_left_at_the_end_of_friday_is_finished_on_monday_morning() {
    assertThat(dayShifts().addWorkingTime(at(FRIDAY, "16:00"), Duration.ofHours(2)))
        .isEqualTo(at(MONDAY, "09:00"));
  }

  @Test
  void a_holiday_is_skipped_like_a_weekend() {
    WorkingCalendar calendar = dayShifts(Map.of(MONDAY, List.of()));
    assertThat(calendar.addWorkingTime(at(FRIDAY, "16:00"), Duration.ofHours(2)))
        .isEqualTo(at(TUESDAY, "09:00"));
    assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
  }

  @Test
  void work_that_fills_a_shift_ends_at_the_end_of_the_shift_not_at_the_start_of_the_next() {
    assertThat(dayShifts().addWorkingTime(at(MONDAY, "08:00"), Duration.ofHours(4)))
        .isEqualTo(at(MONDAY, "12:00"));
    assertThat(dayShifts().addWorkingTime(at(MONDAY, "08:00"), Duration.ofMinutes(241)))
        .isEqualTo(at(MONDAY, "13:01"));
  }

  @Test
  void work_started_in_a_break_or_at_night_begins_with_the_next_shift() {
    assertThat(dayShifts().addWorkingTime(at(MONDAY, "12:30"), Duration.ofHours(1)))
        .isEqualTo(at(MONDAY, "14:00"));
    assertThat(dayShifts().addWorkingTime(at(MONDAY, "20:00"), Duration.ofMinutes(30)))
        .isEqualTo(at(TUESDAY, "08:30"));
  }

  @Test
  void a_night_shift_runs_past_midnight() {
    assertThat(nights().addWorkingTime(at(MONDAY, "23:00"), Duration.ofHours(3)))
        .isEqualTo(at(TUESDAY, "02:00"));
    assertThat(nights().addWorkingTime(at(TUESDAY, "05:00"), Duration.ofHours(2)))
        .isEqualTo(at(TUESDAY, "23:00"));
  }

  @Test
  void the_night_summer_time_begins_has_an_hour_less_of_work() {
    LocalDate saturday = LocalDate.of(2026, 3, 28);
    LocalDate sunday = saturday.plusDays(1);
    assertThat(nights().workingTimeBetween(at(saturday, "21:00"), at(sunday, "07:00")))
        .isEqualTo(Duration.ofHours(7));
    assertThat(nights().addWorkingTime(at(saturday, "22:00"), Duration.ofHours(7)))
        .isEqualTo(at(sunday, "06:00"));
  }

  @Test
  void taking_away_working_time_walks_back_over_the_weekend() {
    assertThat(dayShifts().subtractWorkingTime(at(MONDAY, "09:00"), Duration.ofHours(2)))
        .isEqualTo(at(FRIDAY, "16:00"));
    assertThat(dayShifts().subtractWorkingTime(at(MONDAY, "14:00"), Duration.ofHours(2)))
        .isEqualTo(at(MONDAY, "11:00"));
  }

  @Test
  void adding_and_taking_away_the_same_work_are_inverse_within_working_time() {
    WorkingCalendar calendar = dayShifts(Map.of(MONDAY, List.of()));
    Instant start = at(FRIDAY, "10:15");
    Duration work = Duration.ofMinutes(1234);
    Instant end = calendar.addWorkingTime(start, work);
    assertThat(calendar.subtractWorkingTime(end, work)).isEqualTo(start);
    assertThat(calendar.workingTimeBetween(start, end)).isEqualTo(work);
  }

  @Test
  void working_days_count_only_days_with_shifts_in_both_directions() {
    WorkingCalendar calendar = dayShifts(Map.of(MONDAY, List.of()));
    assertThat(calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(TUESDAY);
    assertThat(calendar.addWorkingDays(TUESDAY, -1)).isEqualTo(FRIDAY);
    assertThat(calendar.addWorkingDays(TUESDAY, 0)).isEqualTo(TUESDAY);
    assertThat(dayShifts().addWorkingDays(FRIDAY, 6)).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void an_extra_saturday_shift_makes_saturday_a_working_day() {
    LocalDate saturday = FRIDAY.plusDays(1);
    WorkingCalendar calendar = dayShifts(Map.of(saturday, List.of(Shift.of("06:00", "12:00"))));
    assertThat(calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(saturday);
    assertThat(calendar.addWorkingTime(at(FRIDAY, "16:30"), Duration.ofHours(1)))
        .isEqualTo(at(saturday, "06:30"));
  }

  @Test
  void the_default_calendar_works_every_hour_of_every_day() {
    WorkingCalendar calendar = WorkingCalendar.everyDay(ROME);
    assertThat(calendar.addWorkingDays(FRIDAY, 5)).isEqualTo(FRIDAY.plusDays(5));
    assertThat(calendar.addWorkingTime(at(FRIDAY, "10:00"), Duration.ofHours(48)))
        .isEqualTo(at(FRIDAY.plusDays(2), "10:00"));
  }

  @Test
  void no_work_takes_no_time() {
    Instant saturdayNoon = at(FRIDAY.plusDays(1), "12:00");
    assertThat(dayShifts().addWorkingTime(saturdayNoon, Duration.ZERO)).isEqualTo(saturdayNoon);
    assertThat(dayShifts().subtractWorkingTime(saturdayNoon, Duration.ZERO))
        .isEqualTo(saturdayNoon);
  }

  @Test
  void a_calendar_without_working_time_is_an_error_that_names_it_not_an_endless_wait() {
    WorkingCalendar idle = new WorkingCalendar("IDLE", ROME, Map.of(), Map.of());
    assertThatThrownBy(() -> idle.addWorkingTime(at(MONDAY, "08:00"), Duration.ofHours(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("IDLE");
    assertThatThrownBy(() -> idle.addWorkingDays(MONDAY, 1)).hasMessageContaining("IDLE");
  }

  @Test
  void overlapping_shifts_are_refused() {
    Map<DayOfWeek, List<Shift>> week =
        Map.of(DayOfWeek.MONDAY, List.of(Shift.of("06:00", "14:00"), Shift.of("13:00", "22:00")));
    assertThatThrownBy(() -> new WorkingCalendar("BAD", ROME, week, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BAD");
    Map<DayOfWeek, List<Shift>> nightIntoMorning =
        Map.of(
            DayOfWeek.MONDAY,
            List.of(Shift.of("22:00", "07:00")),
            DayOfWeek.TUESDAY,
            List.of(Shift.of("06:00", "14:00")));
    assertThatThrownBy(() -> new WorkingCalendar("BAD", ROME, nightIntoMorning, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negative_work_is_refused() {
    assertThatThrownBy(() -> dayShifts().addWorkingTime(at(MONDAY, "08:00"), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
