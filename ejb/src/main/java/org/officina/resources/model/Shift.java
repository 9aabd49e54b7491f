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
   * A shift written as the exchange format writes it, {@code HH:MM-HH:MM}.
   *
   * @throws java.time.format.DateTimeParseException if either time is not a time of day
   * @throws IllegalArgumentException if the text is not two times joined by '-'
   */
  public static Shift parse(String text) {
    String[] times = text.strip().split("-");
    if (times.length != 2) {
      throw new IllegalArgumentException(text);
    }
    return of(times[0].strip(), times[1].strip());
  }

  /** The shift as {@code HH:MM-HH:MM}. */
  public String text() {
    return start + "-" + end;
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
