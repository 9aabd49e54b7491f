package org.officina.integration.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Shift;
import org.officina.shared.model.Violation;

/**
 * calendars.csv: one line per weekday of a calendar's pattern and per exception day, each with its
 * shifts ({@code HH:MM-HH:MM}, ';'-separated; none: not a working day).
 */
public final class CalendarsFile implements ExchangeFile<CalendarsFile.Day> {

  public static final String NAME = "calendars.csv";
  public static final String CALENDAR = "calendar";
  public static final String DAY = "day";
  public static final String SHIFTS = "shifts";
  public static final String TIME_ZONE = "time_zone";
  public static final String DESCRIPTION = "description";

  /** One line: a day of a calendar and its shifts; zone and description belong to the calendar. */
  public record Day(
      String calendar, String day, List<Shift> shifts, ZoneId zone, String description) {
    public Day {
      shifts = List.copyOf(shifts);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of(CALENDAR, DAY, SHIFTS, TIME_ZONE, DESCRIPTION);
  }

  @Override
  public Set<String> required() {
    return Set.of(CALENDAR, DAY);
  }

  @Override
  public Day read(CsvRow row) {
    String day = row.required(DAY);
    String normal = CalendarDefinition.normalDay(day).orElse(null);
    if (normal == null && !day.isEmpty()) {
      row.refuse(Violation.of(DAY, "calendar.day", day));
    }
    return new Day(
        row.requiredCode(CALENDAR), normal, shifts(row), zone(row), row.text(DESCRIPTION, 200));
  }

  private static List<Shift> shifts(CsvRow row) {
    List<Shift> shifts = new ArrayList<>();
    for (String text : row.list(SHIFTS)) {
      try {
        shifts.add(Shift.parse(text));
      } catch (IllegalArgumentException | DateTimeException e) {
        row.refuse(Violation.of(SHIFTS, "calendar.shift", text));
      }
    }
    return shifts;
  }

  private static ZoneId zone(CsvRow row) {
    String zone = row.cell(TIME_ZONE);
    if (zone == null) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      row.refuse(Violation.of(TIME_ZONE, "calendar.zone", zone));
      return ZoneId.of("UTC");
    }
  }

  @Override
  public List<Object> cells(Day day) {
    return List.of(
        day.calendar(),
        day.day(),
        day.shifts().stream().map(Shift::text).collect(Collectors.joining(";")),
        day.zone().getId(),
        day.description());
  }
}
