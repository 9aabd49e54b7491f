package org.officina.planning.model;

import java.time.LocalDate;
import java.util.Arrays;
import org.officina.resources.model.WorkingCalendar;

/**
 * A working calendar compiled for one run: which days of the run's range are working days, and
 * their order, so that a lead time is counted back in working days by an array lookup. Days before
 * the range (a release far in the past) are counted on the calendar itself.
 */
final class PlanningCalendar {

  private final WorkingCalendar calendar;
  private final int firstDay;
  private final int[] latestWorkingDay;
  private final int[] ordinal;
  private final int[] workingDays;

  private PlanningCalendar(WorkingCalendar calendar, int firstDay, int lastDay) {
    this.calendar = calendar;
    this.firstDay = firstDay;
    int days = lastDay - firstDay + 1;
    latestWorkingDay = new int[days];
    ordinal = new int[days];
    int[] working = new int[days];
    int count = 0;
    int latest = Integer.MIN_VALUE;
    for (int d = 0; d < days; d++) {
      if (calendar == null || calendar.isWorkingDay(LocalDate.ofEpochDay(firstDay + d))) {
        latest = firstDay + d;
        working[count++] = latest;
      }
      latestWorkingDay[d] = latest;
      ordinal[d] = count - 1;
    }
    workingDays = Arrays.copyOf(working, count);
  }

  /** Every day a working day: the exchange format's default when a dataset defines no calendar. */
  static PlanningCalendar everyDay(int firstDay, int lastDay) {
    return new PlanningCalendar(null, firstDay, lastDay);
  }

  static PlanningCalendar of(WorkingCalendar calendar, int firstDay, int lastDay) {
    return new PlanningCalendar(calendar, firstDay, lastDay);
  }

  /** The latest working day on or before the day: where a receipt due that day must land. */
  int onOrBefore(int day) {
    int at = day - firstDay;
    if (at >= 0 && at < latestWorkingDay.length && latestWorkingDay[at] != Integer.MIN_VALUE) {
      return latestWorkingDay[at];
    }
    if (calendar == null) {
      return day;
    }
    LocalDate date = LocalDate.ofEpochDay(day);
    return (int)
        (calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, -1)).toEpochDay();
  }

  /** The working day that lies this many working days before a working day. */
  int minusWorkingDays(int workingDay, int days) {
    if (calendar == null) {
      return workingDay - days;
    }
    int at = workingDay - firstDay;
    if (at >= 0 && at < ordinal.length && ordinal[at] - days >= 0) {
      return workingDays[ordinal[at] - days];
    }
    return (int) calendar.addWorkingDays(LocalDate.ofEpochDay(workingDay), -days).toEpochDay();
  }

  /**
   * The first day after the first n working days from the day on, the day itself counted if it is
   * one: where a time fence of n working days that starts on the day ends (the day itself for n =
   * 0).
   */
  int afterWorkingDays(int day, int n) {
    if (n == 0) {
      return day;
    }
    if (calendar == null) {
      return day + n;
    }
    int at = day - firstDay;
    if (at >= 0 && at < ordinal.length) {
      int index = (at > 0 ? ordinal[at - 1] : -1) + n;
      if (index < workingDays.length) {
        return workingDays[index] + 1;
      }
    }
    return (int) calendar.addWorkingDays(LocalDate.ofEpochDay(day - 1), n).toEpochDay() + 1;
  }
}
