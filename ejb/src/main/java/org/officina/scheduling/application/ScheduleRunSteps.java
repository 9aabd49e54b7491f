package org.officina.scheduling.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.officina.scheduling.model.FloorProblem;
import org.officina.scheduling.model.ScheduleResult;
import org.officina.scheduling.model.ScheduleRunRecord;
import org.officina.scheduling.model.ScheduleRuns;
import org.officina.shared.model.Roles;

/**
 * The transactions of a scheduling run, each its own: marking it running, reading the floor and the
 * plant's work centers, calendars and tools as they are now, keeping its schedule, or its failure.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleRunSteps {

  /** Who a re-schedule is recorded as asked by. */
  static final String RESCHEDULER = "rescheduler";

  @Resource SessionContext session;
  @Inject ScheduleRuns runs;
  @Inject FloorReader reader;

  public ScheduleRunRecord begin(long run) {
    if (!runs.begin(run)) {
      throw new IllegalStateException("scheduling run " + run + " is not waiting to run");
    }
    return runs.find(run).orElseThrow();
  }

  /** After a restart: what was queued or running then will not go on. */
  public int abandonUnfinished() {
    return runs.abandonUnfinished("the server stopped before the run ended");
  }

  /** The floor from the run's origin, as it is now. */
  public FloorProblem load(ScheduleRunRecord run) {
    return reader.plant().problem(reader.open(), reader.locks(), run.origin(), run.request());
  }

  public void finish(long run, ScheduleResult result, String searches) {
    runs.finish(run, result, searches);
  }

  /**
   * Records a re-schedule of the published run, from now: its id and the published sequence it
   * keeps; empty when nothing is published.
   */
  public Optional<Rescheduling> beginReschedule() {
    Optional<ScheduleRunRecord> live = runs.live().flatMap(runs::find);
    if (live.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    long id = runs.create(live.get().request(), now, RESCHEDULER, live.get().id());
    runs.begin(id);
    return Optional.of(
        new Rescheduling(runs.find(id).orElseThrow(), runs.sequence(live.get().id())));
  }

  /** A re-schedule under way: its run, and the published operations it keeps the sequence of. */
  public record Rescheduling(ScheduleRunRecord run, List<ScheduleResult.OperationRow> published) {}

  /**
   * Keeps a re-schedule and publishes it in one transaction, forgetting the re-schedule it
   * supersedes; false when another run was published meanwhile (the re-schedule is dropped).
   */
  public boolean finishReschedule(long run, long basedOn, ScheduleResult result) {
    runs.finish(run, result, "re-schedule of run " + basedOn + " in its sequence");
    if (!runs.publishInsteadOf(run, basedOn, RESCHEDULER)) {
      session.setRollbackOnly();
      return false;
    }
    runs.forgetSupersededReschedules();
    return true;
  }

  public void fail(long run, String failure) {
    runs.fail(run, failure);
  }
}
