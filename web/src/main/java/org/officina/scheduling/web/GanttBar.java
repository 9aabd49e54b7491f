package org.officina.scheduling.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * An operation as a bar of the Gantt: its order and sequence, where and when it runs (unit from 0),
 * its setup, whether it is fixed there (FROZEN once started, LOCKED by a planner, null) and whether
 * its order is late.
 */
public record GanttBar(
    String order,
    int seq,
    String workCenter,
    int unit,
    Instant start,
    Instant end,
    long setupMinutes,
    String fixed,
    boolean late)
    implements Serializable {

  /** A started operation stays where it began: it cannot be dragged. */
  public boolean movable() {
    return !"FROZEN".equals(fixed);
  }
}
