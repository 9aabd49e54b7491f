package org.officina.scheduling.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.officina.shared.model.Page;

/** Scheduling runs as they are kept, with the schedule each made. */
public interface ScheduleRuns {

  /**
   * Records a run asked for now, to schedule from the origin (a re-schedule names the published run
   * it starts from; null for a run of its own); returns its id.
   */
  long create(ScheduleRunRequest request, Instant origin, String user, Long basedOn);

  /**
   * Takes the one place of the run that schedules now; false when another holds it. Finishing or
   * failing gives it back.
   */
  /**
   * Claims a day's nightly run for the server named; false when another server claimed it first
   * (the transaction can then only be rolled back).
   */
  boolean claimNightly(LocalDate day, String server);

  boolean take(long run);

  /** The run that schedules now, if one does. */
  Optional<Long> running();

  /** Marks it running; false (nothing changed) unless it was queued. */
  boolean begin(long run);

  /** Fails every run still queued or running, and frees the place: after a restart. */
  int abandonUnfinished(String why);

  /** Keeps its schedule and KPIs, and marks it a draft. */
  void finish(long run, ScheduleResult result, String searches);

  /** Marks it failed, with why, unless it has ended already. */
  void fail(long run, String failure);

  /**
   * Makes a draft the published schedule, superseding the one before; false (and nothing changed)
   * when the run is not a draft. Publishers follow each other: the published schedule is one row.
   */
  boolean publish(long run, String user);

  /**
   * Publishes a draft only if this run is still the published one (a re-schedule of it); false,
   * with nothing changed, when another was published meanwhile.
   */
  boolean publishInsteadOf(long run, long previous, String user);

  /** The published run, if any. */
  Optional<Long> live();

  Optional<ScheduleRunRecord> find(long run);

  /** The latest runs, newest first. */
  List<ScheduleRunRecord> latest(int limit);

  /** A page of its operations, by work center and start (of one work center, when named). */
  Page<ScheduleResult.OperationRow> operations(long run, String workCenter, int offset, int limit);

  /** All its operations, placed or not. */
  List<ScheduleResult.OperationRow> sequence(long run);

  /**
   * Deletes the re-schedules that another has superseded since, and those that failed: of the
   * re-schedules, only the published one is kept.
   */
  void forgetSupersededReschedules();

  /** Its unplaced orders, then its late ones, latest first. */
  List<ScheduleResult.OrderRow> lateOrders(long run, int offset, int limit);
}
