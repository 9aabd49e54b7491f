package org.officina.scheduling.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.officina.scheduling.model.FloorProblem;
import org.officina.scheduling.model.Reschedule;
import org.officina.scheduling.model.Schedule;
import org.officina.scheduling.model.ScheduleBuilder;
import org.officina.scheduling.model.ScheduleResult;
import org.officina.scheduling.model.ScheduleRunRecord;
import org.officina.scheduling.model.ScheduleRunStatus;
import org.officina.scheduling.model.Scheduler;
import org.officina.scheduling.model.Searches;
import org.officina.scheduling.model.SolveLimits;
import org.officina.shared.model.Failures;
import org.officina.shared.model.Roles;

/**
 * Runs one scheduling run for the schedule batch job: marks it running, reads the floor, schedules
 * it (the searches side by side, the second on the server's managed executor) while reporting
 * progress, and keeps the schedule as a draft; a failure is recorded with nothing kept. A run reads
 * the plant as the planning system, whoever started it.
 */
@Stateless
@PermitAll
@RunAs(Roles.PLANNER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduleRunner {

  private static final Logger LOG = Logger.getLogger(ScheduleRunner.class.getName());

  @Inject ScheduleRunSteps steps;
  @Inject ScheduleRunProgress progress;
  @Inject Searches searches;
  @Inject FloorChanges changes;
  @Resource ManagedExecutorService executor;

  /**
   * @return how the run ended
   */
  public ScheduleRunStatus execute(long runId) {
    try {
      ScheduleRunRecord run = steps.begin(runId);
      FloorProblem floor = steps.load(run);
      Scheduler scheduler = new Scheduler(searches.all(), executor);
      int allowed = run.request().seconds();
      progress.start(runId, allowed);
      Schedule schedule =
          scheduler.schedule(
              floor.problem(),
              new SolveLimits(allowed, run.request().seed(), 1, null),
              found -> progress.found(runId, found.score()[0], found.score()[1], found.by()));
      scheduler
          .failures()
          .forEach(
              e -> LOG.log(Level.WARNING, "a search of scheduling run " + runId + " failed", e));
      steps.finish(runId, ScheduleResult.of(floor, schedule), described(scheduler));
      return ScheduleRunStatus.DRAFT;
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "scheduling run " + runId + " failed", e);
      steps.fail(runId, Failures.rootMessage(e));
      return ScheduleRunStatus.FAILED;
    } finally {
      progress.forget(runId);
    }
  }

  /**
   * Re-schedules the published run in its own sequence, when the floor changed since the last time:
   * the new schedule is published at once, the dispatch lists follow it.
   */
  public void rescheduleIfChanged() {
    if (changes.takeChange()) {
      reschedule();
    }
  }

  /**
   * Re-schedules the published run in its own sequence now (after a planner locked or unlocked an
   * operation, say) and publishes the result; nothing when no schedule is published. False when the
   * re-schedule could not be published (it failed, or another run was published meanwhile).
   */
  public boolean reschedule() {
    Optional<ScheduleRunSteps.Rescheduling> started = steps.beginReschedule();
    if (started.isEmpty()) {
      return true;
    }
    ScheduleRunRecord run = started.get().run();
    try {
      FloorProblem floor = steps.load(run);
      Schedule schedule =
          ScheduleBuilder.build(
              floor.problem(), Reschedule.order(floor, started.get().published()));
      if (!steps.finishReschedule(run.id(), run.basedOn(), ScheduleResult.of(floor, schedule))) {
        steps.fail(run.id(), "another schedule was published meanwhile");
        // what this one was for (a lock, a declaration) still has to reach the published schedule
        changes.markChanged();
        return false;
      }
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "re-schedule " + run.id() + " failed", e);
      steps.fail(run.id(), Failures.rootMessage(e));
      return false;
    }
  }

  /** Which searches ran, and which of them failed (the run keeps the best schedule found). */
  private String described(Scheduler scheduler) {
    String described = searches.describe();
    if (!scheduler.failures().isEmpty()) {
      described += "; failed: " + Failures.rootMessage(scheduler.failures().get(0));
    }
    return described.length() > 400 ? described.substring(0, 400) : described;
  }
}
