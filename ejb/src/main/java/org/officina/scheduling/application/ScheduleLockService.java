package org.officina.scheduling.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.officina.scheduling.model.FloorProblem;
import org.officina.scheduling.model.LockCheck;
import org.officina.scheduling.model.Operation;
import org.officina.scheduling.model.OperationLock;
import org.officina.scheduling.model.OperationLocks;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Planners lock an operation where they want it (a slot on the Gantt) and unlock it: the lock is
 * checked against the floor as it is now, with every other lock (one lock change at a time, so two
 * dropped at once on one slot cannot both pass), and refused with the reason when it breaks a rule;
 * once kept, every run and re-schedule places the operation there.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
public class ScheduleLockService {

  @Resource SessionContext session;
  @Inject OperationLocks locks;
  @Inject FloorReader reader;

  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public List<OperationLock> all() {
    return locks.all();
  }

  public Outcome<OperationLock> lock(OperationLock lock) {
    locks.takeTurn();
    List<OperationLock> others =
        locks.all().stream()
            .filter(l -> !(l.order().equals(lock.order()) && l.seq() == lock.seq()))
            .toList();
    FloorProblem now =
        reader
            .plant()
            .problem(
                reader.open(),
                others,
                Instant.now().truncatedTo(ChronoUnit.MINUTES),
                FloorReader.settingsOf(reader.live()));
    Optional<int[]> at = LockCheck.find(now, lock.order(), lock.seq());
    if (at.isEmpty()) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND,
          Violation.of("operation", "schedule.lock.unknown", lock.order(), lock.seq()));
    }
    Operation operation = now.problem().jobs().get(at.get()[0]).operations().get(at.get()[1]);
    if (operation.isFixed()) {
      return Outcome.refused(
          Outcome.Refusal.CONFLICT,
          Violation.of("operation", "schedule.lock.started", lock.order(), lock.seq()));
    }
    List<Violation> broken = LockCheck.check(now, lock);
    if (!broken.isEmpty()) {
      boolean overlap = broken.get(0).key().equals("schedule.lock.overlap");
      return Outcome.refused(overlap ? Outcome.Refusal.CONFLICT : Outcome.Refusal.INVALID, broken);
    }
    if (!locks.lock(lock, session.getCallerPrincipal().getName())) {
      session.setRollbackOnly();
      return Outcome.refused(
          Outcome.Refusal.CONFLICT,
          Violation.of("operation", "schedule.lock.taken", lock.order(), lock.seq()));
    }
    return new Outcome.Done<>(lock);
  }

  public Outcome<Void> unlock(String order, int seq) {
    if (!locks.unlock(order, seq)) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, Violation.of("operation", "schedule.lock.none", order, seq));
    }
    return new Outcome.Done<>(null);
  }
}
