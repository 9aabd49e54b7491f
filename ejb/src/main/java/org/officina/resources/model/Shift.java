package org.officina.resources.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A shift (turno): working time from a start to an end time of day. A shift whose end is not after
 * its start runs past midnight into the next day (a night shift 22:00-06:00); one whose end equals
 * its start lasts a whole day.
 */
public record Shift(LocalTime start, LocalTime end) {

  public Shift {
    if (start == null || end == null) {
      throw new IllegalArgumentException("a shift needs a start and an end");
    }
  }

  public static Shift of(String start, String end) {
    return new Shift(LocalTime.parse(start), LocalTime.parse(end));
  }

  /**
   * The shift as it is worked when it starts on this date, in this zone (so a DST change shortens
   * or lengthens it).
   */
  WorkingInterval on(LocalDate date, ZoneId zone) {
    ZonedDateTime from = ZonedDateTime.of(date, start, zone);
    LocalDate endDate = end.isAfter(start) ? date : date.plusDays(1);
    ZonedDateTime to = ZonedDateTime.of(endDate, end, zone);
    return new WorkingInterval(from.toInstant(), to.toInstant());
  }
}
