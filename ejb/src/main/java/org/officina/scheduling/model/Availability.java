package org.officina.scheduling.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.officina.resources.model.WorkingCalendar;
import org.officina.resources.model.WorkingInterval;

/**
 * When a resource works, on the scheduler's time axis: whole minutes from the run's origin. A
 * sorted list of open intervals (start included, end excluded) with the working minutes before
 * each, so that adding working time to an instant is a binary search rather than a walk over the
 * calendar's days. Work that would need time past the last interval cannot be placed: {@link
 * #NEVER}.
 */
public final class Availability {

  /** An instant that never comes: the calendar has no working time left. */
  public static final long NEVER = Long.MAX_VALUE;

  /** Far enough to hold any schedule, far enough from overflow to add to. */
  static final long END_OF_TIME = Long.MAX_VALUE / 4;

  private static final Availability ALWAYS =
      new Availability(new long[] {Long.MIN_VALUE / 4}, new long[] {END_OF_TIME});

  private final long[] starts;
  private final long[] ends;
  private final long[] workedBefore;
  private final long longest;

  private Availability(long[] starts, long[] ends) {
    this.starts = starts;
    this.ends = ends;
    this.workedBefore = new long[starts.length];
    long worked = 0;
    long widest = 0;
    for (int i = 0; i < starts.length; i++) {
      workedBefore[i] = worked;
      worked += ends[i] - starts[i];
      widest = Math.max(widest, ends[i] - starts[i]);
    }
    this.longest = widest;
  }

  /** Open all the time: the classic job shop, and a work center without a calendar. */
  public static Availability always() {
    return ALWAYS;
  }

  /**
   * Open in these intervals, given as start and end pairs in minutes; they must be in order and not
   * overlap (touching intervals are joined).
   */
  public static Availability of(long... bounds) {
    if (bounds.length % 2 != 0) {
      throw new IllegalArgumentException("open intervals come in start and end pairs");
    }
    List<long[]> intervals = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      intervals.add(new long[] {bounds[i], bounds[i + 1]});
    }
    return ofIntervals(intervals);
  }

  /**
   * The working time of a calendar from the day before the origin (a night shift started then is
   * still open) for this many days, in minutes from the origin; seconds are rounded inward, so that
   * work is never placed in closed time.
   */
  public static Availability of(WorkingCalendar calendar, Instant origin, int days) {
    List<long[]> intervals = new ArrayList<>();
    LocalDate first = origin.atZone(ZoneOffset.UTC).toLocalDate().minusDays(2);
    for (LocalDate day = first; !day.isAfter(first.plusDays(days + 2L)); day = day.plusDays(1)) {
      for (WorkingInterval interval : calendar.intervalsOn(day)) {
        long start = ceilMinutes(Duration.between(origin, interval.start()));
        long end = Math.floorDiv(Duration.between(origin, interval.end()).getSeconds(), 60);
        if (end > start) {
          intervals.add(new long[] {start, end});
        }
      }
    }
    intervals.sort((a, b) -> Long.compare(a[0], b[0]));
    return ofIntervals(intervals);
  }

  private static Availability ofIntervals(List<long[]> intervals) {
    long[] starts = new long[intervals.size()];
    long[] ends = new long[intervals.size()];
    int n = 0;
    for (long[] interval : intervals) {
      if (interval[1] <= interval[0]) {
        throw new IllegalArgumentException("an open interval must end after it starts");
      }
      if (n > 0 && interval[0] < ends[n - 1]) {
        throw new IllegalArgumentException("open intervals must be in order and apart");
      }
      if (n > 0 && interval[0] == ends[n - 1]) {
        ends[n - 1] = interval[1];
      } else {
        starts[n] = interval[0];
        ends[n] = interval[1];
        n++;
      }
    }
    return new Availability(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  private static long ceilMinutes(Duration duration) {
    return Math.floorDiv(duration.getSeconds() + 59, 60);
  }

  /** The first open instant at or after t, or {@link #NEVER}. */
  public long nextOpen(long t) {
    int i = intervalEndingAfter(t);
    return i == starts.length ? NEVER : Math.max(t, starts[i]);
  }

  /**
   * The earliest instant at or after t from which a block of this much work runs without a break:
   * how a setup is placed, since it is not left half done over a closed day. A block longer than
   * any open interval cannot be kept whole and starts at the next open instant.
   */
  public long startWhole(long t, long work) {
    if (work > longest) {
      return nextOpen(t);
    }
    for (int i = intervalEndingAfter(t); i < starts.length; i++) {
      long start = Math.max(t, starts[i]);
      if (ends[i] - start >= work) {
        return start;
      }
    }
    return NEVER;
  }

  /**
   * When work of this many minutes started at t is done, counting only open time; t itself when
   * there is no work, {@link #NEVER} when the calendar ends first.
   */
  public long end(long t, long work) {
    if (work <= 0) {
      return t;
    }
    int i = intervalEndingAfter(t);
    if (i == starts.length) {
      return NEVER;
    }
    long target = workedBefore[i] + (Math.max(t, starts[i]) - starts[i]) + work;
    int j = intervalHoldingWork(target, i);
    return j == starts.length ? NEVER : starts[j] + (target - workedBefore[j]);
  }

  /**
   * The latest instant from which work of this many minutes is done by t, counting only open time;
   * t itself when there is no work, {@link Long#MIN_VALUE} when the calendar has too little open
   * time before t.
   */
  public long latestStart(long t, long work) {
    if (work <= 0) {
      return t;
    }
    long target = workedBefore(t) - work;
    if (target < 0) {
      return Long.MIN_VALUE;
    }
    int j = intervalHoldingWork(target + 1, 0);
    return starts[j] + (target - workedBefore[j]);
  }

  /** The open minutes between two instants (none when the second is not after the first). */
  public long workBetween(long from, long to) {
    return to <= from ? 0 : workedBefore(to) - workedBefore(from);
  }

  /** When the last open interval ends: the calendar knows nothing after it. */
  public long lastOpen() {
    return starts.length == 0 ? Long.MIN_VALUE : ends[ends.length - 1];
  }

  /** Whether the resource is open at t. */
  public boolean isOpen(long t) {
    int i = intervalEndingAfter(t);
    return i < starts.length && starts[i] <= t;
  }

  private long workedBefore(long t) {
    int i = intervalEndingAfter(t);
    if (i == starts.length) {
      return starts.length == 0 ? 0 : workedBefore[i - 1] + ends[i - 1] - starts[i - 1];
    }
    return workedBefore[i] + Math.max(0, t - starts[i]);
  }

  /** The index of the first interval that ends after t (the one holding t, or the next). */
  private int intervalEndingAfter(long t) {
    int low = 0;
    int high = starts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ends[mid] > t) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** The index of the first interval, from this one on, whose work reaches the target. */
  private int intervalHoldingWork(long target, int from) {
    int low = from;
    int high = starts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (workedBefore[mid] + ends[mid] - starts[mid] >= target) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
