package org.officina.resources.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A working calendar (calendario): which hours of which days a plant, a department or a work center
 * works. A weekly pattern of shifts, and exception days that replace the pattern (a holiday has no
 * shifts, an extra Saturday has some). MRP counts lead times in its working days and scheduling
 * places operations in its working time, so its arithmetic lives here, in plain Java: adding or
 * taking away working time or working days, and measuring the working time between two instants.
 * Times of day are read in the calendar's zone, so a shift over a change to or from summer time is
 * an hour shorter or longer.
 */
public final class WorkingCalendar {

  /** A calendar with no working time in this many days is a mistake, not a long wait. */
  static final int SEARCH_LIMIT_DAYS = 3 * 366;

  private final String code;
  private final ZoneId zone;
  private final Map<DayOfWeek, List<Shift>> week;
  private final Map<LocalDate, List<Shift>> exceptions;

  public WorkingCalendar(
      String code,
      ZoneId zone,
      Map<DayOfWeek, List<Shift>> week,
      Map<LocalDate, List<Shift>> exceptions) {
    this.code = code;
    this.zone = zone;
    this.week = new EnumMap<>(DayOfWeek.class);
    week.forEach((day, shifts) -> this.week.put(day, List.copyOf(shifts)));
    this.exceptions = new TreeMap<>();
    exceptions.forEach((date, shifts) -> this.exceptions.put(date, List.copyOf(shifts)));
    refuseOverlaps();
  }

  /** The exchange format's default: every day is a working day, all day long. */
  public static WorkingCalendar everyDay(ZoneId zone) {
    Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, List.of(Shift.of("00:00", "00:00")));
    }
    return new WorkingCalendar("ALL-DAYS", zone, week, Map.of());
  }

  public String code() {
    return code;
  }

  /** The working intervals of the shifts that start on this date, in order. */
  public List<WorkingInterval> intervalsOn(LocalDate date) {
    return exceptions.getOrDefault(date, week.getOrDefault(date.getDayOfWeek(), List.of())).stream()
        .map(shift -> shift.on(date, zone))
        .sorted(Comparator.comparing(WorkingInterval::start))
        .toList();
  }

  public boolean isWorkingDay(LocalDate date) {
    return !intervalsOn(date).isEmpty();
  }

  /**
   * The working day that lies this many working days after the date (before it, for a negative
   * count); the date itself for zero.
   */
  public LocalDate addWorkingDays(LocalDate date, int days) {
    int step = days < 0 ? -1 : 1;
    LocalDate day = date;
    for (int counted = 0; counted < Math.abs(days); ) {
      day = day.plusDays(step);
      requireWithinLimit(date, day);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** When work of this length, started at the instant, is done: only working time counts. */
  public Instant addWorkingTime(Instant from, Duration work) {
    requireNotNegative(work);
    if (work.isZero()) {
      return from;
    }
    Duration left = work;
    LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
    for (LocalDate day = first; ; day = day.plusDays(1)) {
      requireWithinLimit(first, day);
      for (WorkingInterval interval : intervalsOn(day)) {
        Instant start = later(from, interval.start());
        if (start.isBefore(interval.end())) {
          Duration available = Duration.between(start, interval.end());
          if (left.compareTo(available) <= 0) {
            return start.plus(left);
          }
          left = left.minus(available);
        }
      }
    }
  }

  /** When work of this length must start to be done by the instant: only working time counts. */
  public Instant subtractWorkingTime(Instant to, Duration work) {
    requireNotNegative(work);
    if (work.isZero()) {
      return to;
    }
    Duration left = work;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = last; ; day = day.minusDays(1)) {
      requireWithinLimit(last, day);
      List<WorkingInterval> latestFirst = new ArrayList<>(intervalsOn(day));
      Collections.reverse(latestFirst);
      for (WorkingInterval interval : latestFirst) {
        Instant end = earlier(to, interval.end());
        if (end.isAfter(interval.start())) {
          Duration available = Duration.between(interval.start(), end);
          if (left.compareTo(available) <= 0) {
            return end.minus(left);
          }
          left = left.minus(available);
        }
      }
    }
  }

  /** The working time between two instants (zero when the second is not after the first). */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        !day.isAfter(last);
        day = day.plusDays(1)) {
      for (WorkingInterval interval : intervalsOn(day)) {
        Instant start = later(from, interval.start());
        Instant end = earlier(to, interval.end());
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /** Shifts may not overlap, within a day nor with the night shift of the day before. */
  private void refuseOverlaps() {
    LocalDate monday = LocalDate.of(2024, 1, 1);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      days.add(monday.plusDays(i));
    }
    exceptions
        .keySet()
        .forEach(
            date -> {
              days.add(date.minusDays(1));
              days.add(date);
            });
    for (LocalDate day : days) {
      List<WorkingInterval> intervals = new ArrayList<>(intervalsOn(day));
      intervals.addAll(intervalsOn(day.plusDays(1)));
      for (int i = 0; i < intervals.size(); i++) {
        for (int j = i + 1; j < intervals.size(); j++) {
          if (intervals.get(i).overlaps(intervals.get(j))) {
            throw new IllegalArgumentException(
                "calendar "
                    + code
                    + ": shifts overlap around "
                    + day.plusDays(1)
                    + " ("
                    + intervals.get(i)
                    + " and "
                    + intervals.get(j)
                    + ")");
          }
        }
      }
    }
  }

  private void requireWithinLimit(LocalDate start, LocalDate day) {
    if (Math.abs(day.toEpochDay() - start.toEpochDay()) > SEARCH_LIMIT_DAYS) {
      throw new IllegalStateException(
          "calendar "
              + code
              + " has no working time within "
              + SEARCH_LIMIT_DAYS
              + " days of "
              + start);
    }
  }

  private static void requireNotNegative(Duration work) {
    if (work.isNegative()) {
      throw new IllegalArgumentException("working time cannot be negative: " + work);
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
