package org.officina.scheduling.model;

import java.util.HashMap;
import java.util.Map;

/**
 * What a schedule comes to: orders and operations, late orders, weighted and plain tardiness, setup
 * minutes, the units' busy and open minutes up to the last end (their load, and the setup's share
 * of it), the makespan, and what could not be placed.
 */
public record ScheduleKpis(
    int orders,
    int operations,
    int lateOrders,
    long weightedTardiness,
    long tardinessMinutes,
    long setupMinutes,
    long busyMinutes,
    long openMinutes,
    long makespanMinutes,
    int unplaced) {

  public static ScheduleKpis of(Schedule schedule) {
    SchedulingProblem problem = schedule.problem();
    Map<String, Resource> resources = new HashMap<>();
    problem.resources().forEach(resource -> resources.put(resource.code(), resource));
    int late = 0;
    long tardiness = 0;
    for (int job = 0; job < problem.jobs().size(); job++) {
      long minutes = schedule.tardiness(job);
      late += minutes > 0 ? 1 : 0;
      tardiness += minutes;
    }
    long busy = 0;
    long setup = 0;
    for (Placement placement : schedule.placements()) {
      Resource resource = placement.scheduled() ? resources.get(placement.workCenter()) : null;
      if (resource != null && !resource.external()) {
        // the setup of the plant's units: a subcontractor's time is its own, as is its load
        setup += placement.setup();
        // a started operation's time before now is history, not load
        busy +=
            resource.availability().workBetween(Math.max(0, placement.start()), placement.end());
      }
    }
    long makespan = schedule.value(Objective.MAKESPAN);
    long open = 0;
    for (Resource resource : problem.resources()) {
      if (!resource.external()) {
        open += resource.units() * resource.availability().workBetween(0, makespan);
      }
    }
    return new ScheduleKpis(
        problem.jobs().size(),
        problem.operationCount(),
        late,
        schedule.value(Objective.WEIGHTED_TARDINESS),
        tardiness,
        setup,
        busy,
        open,
        makespan,
        (int) schedule.unscheduled());
  }

  /** Busy over open time, in percent (0 when nothing is open). */
  public double loadPct() {
    return openMinutes == 0 ? 0 : 100.0 * busyMinutes / openMinutes;
  }

  /** Setup's share of the busy time, in percent. */
  public double setupPct() {
    return busyMinutes == 0 ? 0 : 100.0 * setupMinutes / busyMinutes;
  }

  /** Open time no unit used, in percent. */
  public double idlePct() {
    return openMinutes == 0 ? 0 : 100 - loadPct();
  }
}
