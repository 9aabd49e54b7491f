package org.officina.scheduling.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The timeline of one unit of a work center while a schedule is built: operations are appended in
 * the order the builder places them (so the order is the unit's sequence), and fixed operations
 * stand as blocks the appended ones go around.
 */
final class UnitLine {

  private long frontier = Long.MIN_VALUE;
  private String lastFamily;
  private final TreeMap<Long, Block> blocks = new TreeMap<>();

  record Block(long start, long end, String family) {}

  long frontier() {
    return frontier;
  }

  String lastFamily() {
    return lastFamily;
  }

  void append(long end, String family) {
    frontier = Math.max(frontier, end);
    lastFamily = family;
  }

  /**
   * Adds a fixed block; blocks that overlap (two operations started on one unit) are joined, so
   * that the blocks stay apart and one look either side of an instant finds what covers it. A
   * joined block ends with the family of the operation that ends last.
   */
  void block(long start, long end, String family) {
    if (end <= start) {
      return;
    }
    long from = start;
    long to = end;
    String last = family;
    Map.Entry<Long, Block> before = blocks.floorEntry(start);
    if (before != null && before.getValue().end() >= start) {
      from = before.getKey();
      if (before.getValue().end() > to) {
        to = before.getValue().end();
        last = before.getValue().family();
      }
      blocks.remove(before.getKey());
    }
    for (Map.Entry<Long, Block> after = blocks.ceilingEntry(from);
        after != null && after.getKey() <= to;
        after = blocks.ceilingEntry(from)) {
      if (after.getValue().end() > to) {
        to = after.getValue().end();
        last = after.getValue().family();
      }
      blocks.remove(after.getKey());
    }
    blocks.put(from, new Block(from, to, last));
  }

  /** The first fixed block that overlaps [start, end), or null. */
  Block overlapping(long start, long end) {
    if (end <= start) {
      return null;
    }
    Map.Entry<Long, Block> before = blocks.floorEntry(start);
    if (before != null && before.getValue().end() > start) {
      return before.getValue();
    }
    Map.Entry<Long, Block> after = blocks.higherEntry(start);
    return after != null && after.getKey() < end ? after.getValue() : null;
  }
}
