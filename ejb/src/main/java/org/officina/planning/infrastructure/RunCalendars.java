package org.officina.planning.infrastructure;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.WorkingCalendar;

/**
 * The plant's calendars as a run works with them, each made once, so that the work centers and
 * suppliers that keep one calendar share it (the run compiles each calendar once).
 */
final class RunCalendars {

  private final Map<String, CalendarDefinition> byCode = new HashMap<>();
  private final Map<String, WorkingCalendar> working = new HashMap<>();

  RunCalendars(Collection<CalendarDefinition> calendars) {
    calendars.forEach(c -> byCode.put(c.code(), c));
  }

  /** The calendar with this code, or null when there is none. */
  WorkingCalendar get(String code) {
    CalendarDefinition calendar = code == null ? null : byCode.get(code);
    return calendar == null
        ? null
        : working.computeIfAbsent(code, c -> calendar.toWorkingCalendar());
  }
}
