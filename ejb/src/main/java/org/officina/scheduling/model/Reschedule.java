package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An incremental re-schedule: the floor as it is now, placed in the sequence of the published
 * schedule, so that every unit keeps the order it was given and only the times move (a declaration
 * that came early pulls what follows forward, a late one pushes it back); operations the published
 * schedule does not hold (an order released since) come after, in the dispatcher's order, and an
 * operation whose work center or unit no longer fits is placed wherever it ends first.
 */
public final class Reschedule {

  private Reschedule() {}

  /** The order of placement, from the published operations (order, sequence, unit, start). */
  public static List<Step> order(FloorProblem floor, List<ScheduleResult.OperationRow> published) {
    SchedulingProblem problem = floor.problem();
    Map<String, int[]> operations = new HashMap<>();
    for (int job = 0; job < problem.jobs().size(); job++) {
      List<Operation> ops = problem.jobs().get(job).operations();
      for (int index = 0; index < ops.size(); index++) {
        operations.put(floor.order(job) + "/" + ops.get(index).seq(), new int[] {job, index});
      }
    }
    List<Step> steps = new ArrayList<>();
    published.stream()
        .filter(row -> row.start() != null)
        .sorted(Comparator.comparingLong(ScheduleResult.OperationRow::start))
        .forEach(
            row -> {
              int[] at = operations.remove(row.order() + "/" + row.seq());
              if (at != null) {
                steps.add(step(problem, at, row));
              }
            });
    if (!operations.isEmpty()) {
      // only what the published schedule does not hold needs the dispatcher's order
      for (Step step : Dispatcher.dispatch(problem).sequence()) {
        if (operations.containsKey(floor.order(step.job()) + "/" + seq(problem, step))) {
          steps.add(Step.of(step.job(), step.index()));
        }
      }
    }
    return inOrderOfEachJob(steps);
  }

  private static Step step(SchedulingProblem problem, int[] at, ScheduleResult.OperationRow row) {
    Operation operation = problem.jobs().get(at[0]).operations().get(at[1]);
    boolean fits =
        row.workCenter() != null
            && operation.workCenters().contains(row.workCenter())
            && problem.resources().stream()
                .anyMatch(r -> r.code().equals(row.workCenter()) && row.unit() < r.rows());
    return fits ? new Step(at[0], at[1], row.workCenter(), row.unit()) : Step.of(at[0], at[1]);
  }

  private static int seq(SchedulingProblem problem, Step step) {
    return problem.jobs().get(step.job()).operations().get(step.index()).seq();
  }

  /**
   * The steps in their order, except that no operation comes before the one before it in its order
   * (a routing changed since publishing): such a step waits right after its predecessor.
   */
  private static List<Step> inOrderOfEachJob(List<Step> steps) {
    Map<Integer, Map<Integer, Integer>> rank = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      rank.computeIfAbsent(steps.get(i).job(), job -> new HashMap<>()).put(steps.get(i).index(), i);
    }
    double[] position = new double[steps.size()];
    rank.forEach(
        (job, byIndex) -> {
          double previous = Double.NEGATIVE_INFINITY;
          for (int index : byIndex.keySet().stream().sorted().toList()) {
            int i = byIndex.get(index);
            position[i] = Math.max(i, previous + 1e-3);
            previous = position[i];
          }
        });
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> position[i]).thenComparingInt(i -> i));
    return order.stream().map(steps::get).toList();
  }
}
