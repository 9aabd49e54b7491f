package org.officina.resources.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A calendar as it is defined and stored: its zone, and the shifts of each day it names, a weekday
 * of the weekly pattern ({@code MON} … {@code SUN}) or an exception date ({@code YYYY-MM-DD}). A
 * day it does not name is not a working day (weekday) or follows the pattern (date).
 */
public record CalendarDefinition(
    String code, String description, ZoneId zone, Map<String, List<Shift>> days) {

  /** Weekdays first, Monday to Sunday, then dates in order: how calendars are listed. */
  public static final Comparator<String> DAY_ORDER =
      Comparator.comparing((String day) -> weekday(day).isEmpty())
          .thenComparing(day -> weekday(day).map(DayOfWeek::getValue).orElse(0))
          .thenComparing(Comparator.naturalOrder());

  public CalendarDefinition {
    TreeMap<String, List<Shift>> sorted = new TreeMap<>(DAY_ORDER);
    days.forEach((day, shifts) -> sorted.put(day, List.copyOf(shifts)));
    days = java.util.Collections.unmodifiableMap(sorted);
  }

  /** The weekday a day key names ({@code MON} … {@code SUN}), if it names one. */
  public static Optional<DayOfWeek> weekday(String day) {
    for (DayOfWeek weekday : DayOfWeek.values()) {
      if (weekday.name().substring(0, 3).equalsIgnoreCase(day)) {
        return Optional.of(weekday);
      }
    }
    return Optional.empty();
  }

  /** The day key of a weekday: its first three letters. */
  public static String dayKey(DayOfWeek weekday) {
    return weekday.name().substring(0, 3);
  }

  /** The canonical key of a day as typed (weekday in capitals, or an ISO date), if it is one. */
  public static Optional<String> normalDay(String day) {
    Optional<DayOfWeek> weekday = weekday(day);
    if (weekday.isPresent()) {
      return weekday.map(CalendarDefinition::dayKey);
    }
    try {
      return Optional.of(LocalDate.parse(day).toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The calendar the definition describes, ready for working-time arithmetic.
   *
   * @throws IllegalArgumentException if two shifts of a day overlap
   */
  public WorkingCalendar toWorkingCalendar() {
    Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
    Map<LocalDate, List<Shift>> exceptions = new TreeMap<>();
    days.forEach(
        (day, shifts) ->
            weekday(day)
                .ifPresentOrElse(
                    weekday -> week.put(weekday, shifts),
                    () -> exceptions.put(LocalDate.parse(day), shifts)));
    return new WorkingCalendar(code, zone, week, exceptions);
  }
}
