package org.officina.scheduling.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many of a tool are held over time: a step function kept as the level from each breakpoint on,
 * so that a check looks only at the breakpoints inside the interval asked about.
 */
final class ToolProfile {

  private final int available;
  private final TreeMap<Long, Integer> levels = new TreeMap<>(Map.of(Long.MIN_VALUE, 0));

  ToolProfile(int available) {
    this.available = available;
  }

  /**
   * Where taking this many over [start, end) first fails: the next breakpoint after the instant the
   * tool runs short, to try again from; or {@link Availability#NEVER} when it fits.
   */
  long conflict(long start, long end, int count) {
    if (end <= start) {
      return Availability.NEVER;
    }
    Map.Entry<Long, Integer> at = levels.floorEntry(start);
    long point = start;
    while (true) {
      if (at.getValue() + count > available) {
        Long next = levels.higherKey(point);
        return next == null ? Availability.NEVER : next;
      }
      at = levels.higherEntry(point);
      if (at == null || at.getKey() >= end) {
        return Availability.NEVER;
      }
      point = at.getKey();
    }
  }

  /** Holds this many over [start, end). */
  void take(long start, long end, int count) {
    if (end <= start) {
      return;
    }
    levels.putIfAbsent(start, levels.floorEntry(start).getValue());
    levels.putIfAbsent(end, levels.floorEntry(end).getValue());
    levels.subMap(start, true, end, false).replaceAll((point, level) -> level + count);
  }
}
