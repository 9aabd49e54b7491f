package org.officina.scheduling.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.officina.scheduling.model.ScheduleResult;
import org.officina.scheduling.model.ScheduleRunRecord;
import org.officina.scheduling.model.ScheduleRunRequest;
import org.officina.scheduling.model.ScheduleRuns;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Scheduling runs for planners and other systems: asking for one (it schedules the floor as it is
 * when its job starts, from the minute it was asked), following it, and reading the schedule it
 * made: its operations by work center and its late orders with their reasons. The schedule batch
 * job does the scheduling.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ScheduleRunService {

  @Resource SessionContext session;
  @Inject ScheduleRuns runs;
  @Inject ScheduleRunProgress progress;

  /**
   * Records a run, committed before its job starts; its broken rules when it cannot run, a conflict
   * while another run schedules (one at a time: each takes the plant's two cores).
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome<Long> request(ScheduleRunRequest request) {
    if (!request.violations().isEmpty()) {
      return Outcome.invalid(request.violations());
    }
    Instant origin = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    long id = runs.create(request, origin, session.getCallerPrincipal().getName(), null);
    if (!runs.take(id)) {
      long running = runs.running().orElse(0L);
      session.setRollbackOnly();
      return Outcome.refused(
          Outcome.Refusal.CONFLICT, Violation.of("run", "schedule.running", running));
    }
    return new Outcome.Done<>(id);
  }

  /**
   * Publishes a draft: the dispatch lists follow it from now on. Refused when the run does not
   * exist or is not a draft (nothing changes then).
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public Outcome<ScheduleRunRecord> publish(long id) {
    Optional<ScheduleRunRecord> run = runs.find(id);
    if (run.isEmpty()) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, Violation.of("run", "schedule.run.unknown", id));
    }
    if (!runs.publish(id, session.getCallerPrincipal().getName())) {
      session.setRollbackOnly();
      return Outcome.refused(
          Outcome.Refusal.CONFLICT,
          Violation.of("run", "schedule.run.notDraft", id, run.get().status()));
    }
    return new Outcome.Done<>(runs.find(id).orElseThrow());
  }

  /**
   * Claims a day's nightly run for this server, in a transaction of its own: false when another
   * server of the cluster claimed it first (the refused insert leaves nothing to commit).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed(Roles.ADMIN)
  public boolean claimNightly(LocalDate day) {
    boolean claimed = runs.claimNightly(day, System.getProperty("jboss.node.name", "officina"));
    if (!claimed) {
      session.setRollbackOnly();
    }
    return claimed;
  }

  /** The run the floor follows, if one was published. */
  public Optional<ScheduleRunRecord> live() {
    return runs.live().flatMap(runs::find);
  }

  public Optional<ScheduleRunRecord> run(long id) {
    return runs.find(id);
  }

  public Optional<ScheduleRunProgress.Progress> progress(long id) {
    return Optional.ofNullable(progress.of(id));
  }

  public List<ScheduleRunRecord> latest(int limit) {
    return runs.latest(limit);
  }

  public Page<ScheduleResult.OperationRow> operations(
      long run, String workCenter, int offset, int limit) {
    return runs.operations(run, workCenter, offset, limit);
  }

  public List<ScheduleResult.OrderRow> lateOrders(long run, int offset, int limit) {
    return runs.lateOrders(run, offset, limit);
  }
}
