package org.officina.scheduling.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.officina.shared.model.Violation;

/**
 * Whether an operation may be locked where a planner dropped it: on one of its work centers, on a
 * unit that center has, from a start still to come at which the center is open long enough to begin
 * its setup, and not over an operation already fixed on that unit (started, or locked by someone).
 * The floor it checks against holds every other lock.
 */
public final class LockCheck {

  private LockCheck() {}

  /** The broken rules, each with what breaks it; none when the lock can be kept. */
  public static List<Violation> check(FloorProblem floor, OperationLock lock) {
    SchedulingProblem problem = floor.problem();
    int[] at = find(floor, lock.order(), lock.seq()).orElseThrow();
    Operation operation = problem.jobs().get(at[0]).operations().get(at[1]);
    List<Violation> violations = new ArrayList<>();
    Resource resource =
        problem.resources().stream()
            .filter(r -> r.code().equals(lock.workCenter()))
            .findFirst()
            .orElse(null);
    if (resource == null || !operation.workCenters().contains(lock.workCenter())) {
      violations.add(
          Violation.of(
              "workCenter",
              "schedule.lock.workCenter",
              lock.workCenter(),
              String.join(", ", operation.workCenters())));
      return violations;
    }
    if (lock.unit() < 0 || lock.unit() >= resource.rows()) {
      violations.add(
          Violation.of("unit", "schedule.lock.unit", lock.workCenter(), resource.rows()));
      return violations;
    }
    long start = FloorProblem.minutes(floor.origin(), lock.start());
    if (start < 0) {
      violations.add(Violation.of("start", "schedule.lock.past", lock.start()));
      return violations;
    }
    Availability open = resource.availability();
    long setup = resource.work(operation.setup());
    long opens = setup > 0 ? open.startWhole(start, setup) : open.nextOpen(start);
    if (opens != start) {
      violations.add(
          Violation.of(
              "start",
              "schedule.lock.closed",
              lock.workCenter(),
              resource.calendar() == null ? "-" : resource.calendar(),
              lock.start(),
              opens == Availability.NEVER ? "-" : instant(floor, opens)));
      return violations;
    }
    long end = open.end(open.end(start, setup), operation.runWork(resource));
    for (Placement fixed : ScheduleBuilder.fixedPlacements(problem)) {
      boolean same = fixed.job() == at[0] && fixed.index() == at[1];
      if (!same
          && !resource.external()
          && lock.workCenter().equals(fixed.workCenter())
          && lock.unit() == fixed.unit()
          && fixed.start() < end
          && start < fixed.end()) {
        Operation other = problem.jobs().get(fixed.job()).operations().get(fixed.index());
        violations.add(
            Violation.of(
                "start",
                "schedule.lock.overlap",
                floor.order(fixed.job()),
                other.seq(),
                instant(floor, fixed.start()),
                instant(floor, fixed.end())));
      }
    }
    return violations;
  }

  /** The job and index of an order's operation on the floor, if it is there. */
  public static Optional<int[]> find(FloorProblem floor, String order, int seq) {
    SchedulingProblem problem = floor.problem();
    for (int job = 0; job < problem.jobs().size(); job++) {
      if (floor.order(job).equals(order)) {
        List<Operation> operations = problem.jobs().get(job).operations();
        for (int index = 0; index < operations.size(); index++) {
          if (operations.get(index).seq() == seq) {
            return Optional.of(new int[] {job, index});
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Instant instant(FloorProblem floor, long minute) {
    return floor.origin().plusSeconds(60 * Math.max(0, minute));
  }
}
