package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A built schedule: where and when each operation of each order runs, what that costs against the
 * objectives, and why each late or unplaced order is so.
 */
public final class Schedule {

  private final SchedulingProblem problem;
  private final Placement[][] placements;
  private volatile long[] score;

  Schedule(SchedulingProblem problem, Placement[][] placements) {
    this.problem = problem;
    this.placements = new Placement[placements.length][];
    for (int job = 0; job < placements.length; job++) {
      this.placements[job] = placements[job].clone();
    }
  }

  public SchedulingProblem problem() {
    return problem;
  }

  public Placement placement(int job, int index) {
    return placements[job][index];
  }

  /** Every placement, order by order. */
  public List<Placement> placements() {
    List<Placement> all = new ArrayList<>();
    for (Placement[] job : placements) {
      all.addAll(List.of(job));
    }
    return all;
  }

  /**
   * The operations in the order they start (then by order and position), each on its unit: the
   * order of placement that gives this schedule back to the builder, where a solver starts from.
   */
  public List<Step> sequence() {
    return placements().stream()
        .sorted(
            Comparator.comparingLong(Placement::start)
                .thenComparingInt(Placement::job)
                .thenComparingInt(Placement::index))
        .map(
            placement ->
                placement.scheduled()
                    ? new Step(
                        placement.job(),
                        placement.index(),
                        placement.workCenter(),
                        placement.unit())
                    : Step.of(placement.job(), placement.index()))
        .toList();
  }

  /** When the order's last operation ends ({@link Availability#NEVER} if it was not placed). */
  public long end(int job) {
    Placement[] operations = placements[job];
    return operations.length == 0 ? 0 : operations[operations.length - 1].end();
  }

  public long unscheduled() {
    return placements().stream().filter(placement -> !placement.scheduled()).count();
  }

  public long tardiness(int job) {
    Job order = problem.jobs().get(job);
    long end = end(job);
    return !order.hasDue() || end == Availability.NEVER ? 0 : Math.max(0, end - order.due());
  }

  public long value(Objective objective) {
    long total = 0;
    for (int job = 0; job < placements.length; job++) {
      long end = end(job);
      if (end == Availability.NEVER) {
        continue;
      }
      total =
          switch (objective) {
            case WEIGHTED_TARDINESS -> total + problem.jobs().get(job).weight() * tardiness(job);
            case SETUP ->
                total + List.of(placements[job]).stream().mapToLong(Placement::setup).sum();
            case MAKESPAN -> Math.max(total, end);
            case FLOW_TIME -> total + end - Math.max(0, problem.jobs().get(job).release());
          };
    }
    return total;
  }

  /**
   * The unplaced operations, then each objective in the problem's order: smaller is better. Worked
   * out once: a search compares every schedule it tries with its best.
   */
  public long[] score() {
    if (score == null) {
      long[] computed = new long[problem.objectives().size() + 1];
      computed[0] = unscheduled();
      for (int i = 0; i < problem.objectives().size(); i++) {
        computed[i + 1] = value(problem.objectives().get(i));
      }
      score = computed;
    }
    return score.clone();
  }

  public boolean betterThan(Schedule other) {
    return Arrays.compare(score(), other.score()) < 0;
  }

  /**
   * Why the order ends when it does: walking back from its last operation past every wait for the
   * operation before, the first thing that held one back (a busy work center, a tool, a closed
   * calendar, the material, a lock), or its own work when nothing did.
   */
  public Cause reason(int job) {
    Placement[] operations = placements[job];
    for (Placement placement : operations) {
      if (!placement.scheduled()) {
        return placement.cause();
      }
    }
    for (int index = operations.length - 1; index >= 0; index--) {
      if (operations[index].cause().kind() != Cause.Kind.PRECEDENCE) {
        return operations[index].cause();
      }
    }
    return Cause.WORK;
  }
}
