package org.officina.planning.model;

import java.util.List;
import java.util.Optional;

/** MRP runs, and which run holds each plant: taking a plant succeeds for one start at a time. */
public interface MrpRuns {

  long create(MrpRunRequest request, String user);

  /** The plant's live plan: the last run that made or changed it. */
  Optional<MrpRunRecord> livePlan(String plant);

  /** Takes the plant for the run, unless another run holds it: then that run's id. */
  Optional<Long> hold(String plant, long run);

  /** Lets the plant go; a completed run that is not a simulation becomes its live plan. */
  void release(String plant, long run, boolean live);

  void running(long run, long execution);

  void completed(long run, MrpRunOutcome outcome);

  /** A run that ended without a result: failed (and why) or stopped. */
  void ended(long run, MrpRunStatus status, String failure);

  /** Sets a run back to the queue, to be started again. */
  void requeue(long run);

  Optional<MrpRunRecord> find(long id);

  /** The latest runs, newest first, of one plant or of all. */
  List<MrpRunRecord> latest(String plant, int limit);

  /** The runs a stopped server left queued or running: they are to be run again. */
  List<Long> unfinished();
}
