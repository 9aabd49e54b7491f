package org.officina.integration.model;

import java.time.ZoneId;
import java.util.List;
import org.officina.resources.model.Shift;

/**
 * One line of calendars.csv: a day of a calendar (a weekday of its pattern or an exception day) and
 * its shifts; zone and description belong to the calendar.
 */
public record CalendarDay(
    String calendar, String day, List<Shift> shifts, ZoneId zone, String description) {
  public CalendarDay {
    shifts = List.copyOf(shifts);
  }
}
