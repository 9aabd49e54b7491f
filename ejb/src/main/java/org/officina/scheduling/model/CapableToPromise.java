package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Capable to promise: when a new or hypothetical order could be done if it were added to a live
 * schedule now, without moving anything the schedule holds. Every operation of the schedule stays
 * where it is, with its tools; the order's operations go, one after the other, into the earliest
 * gaps of their work centers' units that keep every rule. Slipping into a gap does not re-time the
 * operation after it: the promise is what the plant can do around its current plan.
 */
public final class CapableToPromise {

  private CapableToPromise() {}

  /** The order's promised end, what sets it, and where its operations would go. */
  public record Promise(long end, Cause reason, List<Placement> operations) {}

  public static Promise of(Schedule live, Job order) {
    return of(live, order, live.problem().resources());
  }

  /**
   * The same, when the order needs resources the schedule does not (a subcontractor no open order
   * uses): these, which hold the schedule's.
   */
  public static Promise of(Schedule live, Job order, List<Resource> resources) {
    SchedulingProblem current = live.problem();
    List<Job> jobs = new ArrayList<>(current.jobs());
    jobs.add(order);
    SchedulingProblem extended =
        new SchedulingProblem(
            resources, current.tools(), jobs, current.objectives(), current.mode());
    ScheduleBuilder builder = ScheduleBuilder.around(extended, live);
    int job = jobs.size() - 1;
    for (int index = 0; index < order.operations().size(); index++) {
      builder.placeNext(job, index);
    }
    Schedule schedule = builder.schedule();
    List<Placement> operations = new ArrayList<>();
    for (int index = 0; index < order.operations().size(); index++) {
      operations.add(schedule.placement(job, index));
    }
    return new Promise(schedule.end(job), schedule.reason(job), operations);
  }
}
