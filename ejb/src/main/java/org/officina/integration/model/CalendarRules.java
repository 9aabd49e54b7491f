package org.officina.integration.model;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.officina.integration.model.Dataset.Lined;
import org.officina.integration.model.ExchangeFormat.Column;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Shift;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * The rules of calendars.csv across its lines: a day once per calendar, one zone per calendar, no
 * overlapping shifts; and the calendars the lines define.
 */
public final class CalendarRules {

  private final List<Lined<CalendarDay>> days;
  private final Consumer<ImportError> errors;

  public CalendarRules(List<Lined<CalendarDay>> days, Consumer<ImportError> errors) {
    this.days = days;
    this.errors = errors;
  }

  public void check() {
    Map<List<String>, Long> seen = new HashMap<>();
    Map<String, Lined<CalendarDay>> first = new HashMap<>();
    for (Lined<CalendarDay> line : days) {
      CalendarDay day = line.value();
      if (day.day() == null) {
        continue;
      }
      Long earlier = seen.putIfAbsent(List.of(day.calendar(), day.day()), line.line());
      if (earlier != null) {
        error(line.line(), Column.DAY, "dataset.duplicate", day.day(), earlier);
      }
      Lined<CalendarDay> head = first.putIfAbsent(day.calendar(), line);
      if (head != null && !head.value().zone().equals(day.zone())) {
        error(
            line.line(),
            Column.TIME_ZONE,
            "calendar.zones",
            day.calendar(),
            head.value().zone(),
            head.line());
      }
    }
    for (Map.Entry<String, CalendarDefinition> calendar : definitions().entrySet()) {
      try {
        calendar.getValue().toWorkingCalendar();
      } catch (IllegalArgumentException e) {
        error(
            first.get(calendar.getKey()).line(),
            Column.SHIFTS,
            "calendar.invalid",
            calendar.getKey(),
            e.getMessage());
      }
    }
  }

  /** The calendars the lines define, by code, in the order they first appear. */
  public Map<String, CalendarDefinition> definitions() {
    Map<String, List<CalendarDay>> byCalendar = new LinkedHashMap<>();
    for (Lined<CalendarDay> line : days) {
      if (line.value().day() != null) {
        byCalendar
            .computeIfAbsent(line.value().calendar(), c -> new ArrayList<>())
            .add(line.value());
      }
    }
    Map<String, CalendarDefinition> definitions = new LinkedHashMap<>();
    byCalendar.forEach((code, lines) -> definitions.put(code, definition(code, lines)));
    return definitions;
  }

  private static CalendarDefinition definition(String code, List<CalendarDay> lines) {
    ZoneId zone = lines.get(0).zone();
    String description =
        lines.stream()
            .map(CalendarDay::description)
            .filter(d -> !d.isEmpty())
            .findFirst()
            .orElse("");
    Map<String, List<Shift>> shifts = new HashMap<>();
    lines.forEach(line -> shifts.putIfAbsent(line.day(), line.shifts()));
    return new CalendarDefinition(code, description, zone, shifts);
  }

  /**
   * The lines of calendars.csv that describe the calendars, as export writes them: the description
   * and zone on every line.
   */
  public static List<CalendarDay> lines(List<CalendarDefinition> calendars) {
    List<CalendarDay> lines = new ArrayList<>();
    for (CalendarDefinition calendar : calendars) {
      calendar
          .days()
          .forEach(
              (day, shifts) ->
                  lines.add(
                      new CalendarDay(
                          calendar.code(), day, shifts, calendar.zone(), calendar.description())));
    }
    return lines;
  }

  private void error(long line, String column, String key, Object... args) {
    errors.accept(new ImportError(ExchangeFormat.CALENDARS, line, Violation.of(column, key, args)));
  }
}
