package org.officina.integration.infrastructure.exchange;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.officina.integration.model.CalendarDay;
import org.officina.integration.model.ExchangeFormat;
import org.officina.integration.model.ExchangeFormat.Column;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Shift;
import org.officina.shared.model.Violation;

/**
 * calendars.csv: one line per weekday of a calendar's pattern and per exception day, each with its
 * shifts ({@code HH:MM-HH:MM}, ';'-separated; none: not a working day).
 */
public final class CalendarsFile implements ExchangeFile<CalendarDay> {

  public static final String NAME = ExchangeFormat.CALENDARS;
  public static final String CALENDAR = "calendar";
  public static final String DAY = Column.DAY;
  public static final String SHIFTS = Column.SHIFTS;
  public static final String TIME_ZONE = Column.TIME_ZONE;
  public static final String DESCRIPTION = "description";

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
  public CalendarDay read(CsvRow row) {
    String day = row.required(DAY);
    String normal = CalendarDefinition.normalDay(day).orElse(null);
    if (normal == null && !day.isEmpty()) {
      row.refuse(Violation.of(DAY, "calendar.day", day));
    }
    return new CalendarDay(
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
  public List<Object> cells(CalendarDay day) {
    return List.of(
        day.calendar(),
        day.day(),
        day.shifts().stream().map(Shift::text).collect(Collectors.joining(";")),
        day.zone().getId(),
        day.description());
  }
}
