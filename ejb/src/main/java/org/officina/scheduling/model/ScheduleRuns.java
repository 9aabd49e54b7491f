package org.officina.scheduling.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.officina.shared.model.Page;

/** Scheduling runs as they are kept, with the schedule each made. */
public interface ScheduleRuns {

  /** Records a run asked for now, to schedule from the origin; returns its id. */
  long create(ScheduleRunRequest request, Instant origin, String user);

  /** Marks it running. */
  void begin(long run);

  /** Keeps its schedule and KPIs, and marks it a draft. */
  void finish(long run, ScheduleResult result, String searches);

  /** Marks it failed, with why. */
  void fail(long run, String failure);

  /**
   * Makes a draft the published schedule, superseding the one before; false (and nothing changed)
   * when the run is not a draft. Publishers follow each other: the published schedule is one row.
   */
  boolean publish(long run, String user);

  /** The published run, if any. */
  Optional<Long> live();

  Optional<ScheduleRunRecord> find(long run);

  /** The latest runs, newest first. */
  List<ScheduleRunRecord> latest(int limit);

  /** A page of its operations, by work center and start (of one work center, when named). */
  Page<ScheduleResult.OperationRow> operations(long run, String workCenter, int offset, int limit);

  /** Its late or unplaced orders, latest first. */
  List<ScheduleResult.OrderRow> lateOrders(long run, int limit);
}
