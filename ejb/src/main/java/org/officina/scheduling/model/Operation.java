package org.officina.scheduling.model;

import java.util.List;
import java.util.Map;

/**
 * An operation of an order to place: the work centers that can run it (the routing's first, then
 * its alternates), its own setup and its run for the order's whole quantity (standard minutes, a
 * resource's rate turns them into working time), its setup family, the tools it holds while it
 * runs, how much of its run the next operation may overlap, the queue before it and the move after
 * it (elapsed minutes), and, when it cannot move, where it is fixed.
 */
public record Operation(
    int seq,
    List<String> workCenters,
    long setup,
    long run,
    String family,
    Map<String, Integer> tools,
    int overlapPct,
    long queue,
    long move,
    Fixed fixed) {

  public Operation {
    workCenters = List.copyOf(workCenters);
    tools = tools == null ? Map.of() : Map.copyOf(tools);
    if (workCenters.isEmpty()) {
      throw new IllegalArgumentException("operation " + seq + " names no work center");
    }
    if (setup < 0 || run < 0 || queue < 0 || move < 0 || overlapPct < 0 || overlapPct > 100) {
      throw new IllegalArgumentException("operation " + seq + " has a negative time or overlap");
    }
  }

  /** An operation of the classic job shop: one machine, a processing time, nothing else. */
  public static Operation plain(int seq, String machine, long time) {
    return new Operation(seq, List.of(machine), 0, time, null, Map.of(), 0, 0, 0, null);
  }

  public boolean isFixed() {
    return fixed != null;
  }

  /** The working minutes its run takes on this resource (what is left of it, once started). */
  public long runWork(Resource resource) {
    return resource.work(
        fixed != null && fixed.kind() == Fixed.Kind.FROZEN ? fixed.remainingRun() : run);
  }

  /**
   * When the next operation may start as far as this one's overlap goes, placed as it is: once the
   * share of its run it does not let overlap is done, in its resource's open time.
   */
  public long overlapPassed(Resource resource, Placement placement) {
    long done = -Math.floorDiv(-runWork(resource) * (100 - overlapPct), 100);
    return resource.availability().end(placement.setupEnd(), done);
  }

  /**
   * Where an operation stays: one already started (frozen: it goes on from now with the work still
   * to do) or one a planner has locked (on a unit, from a start).
   */
  public record Fixed(Kind kind, String workCenter, int unit, long start, long remainingRun) {

    public enum Kind {
      FROZEN,
      LOCKED
    }
  }
}
