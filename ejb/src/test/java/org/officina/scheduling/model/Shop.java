package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small plants written by hand for the tests: work centers, operations and orders in minutes. */
final class Shop {

  static final List<Objective> OBJECTIVES =
      List.of(Objective.WEIGHTED_TARDINESS, Objective.SETUP, Objective.MAKESPAN);

  private Shop() {}

  static Resource center(String code, int units) {
    return new Resource(code, units, 100, false, Availability.always(), null, Map.of());
  }

  static Resource center(String code, Availability open, String calendar) {
    return new Resource(code, 1, 100, false, open, calendar, Map.of());
  }

  static Operation op(int seq, String center, long run) {
    return Operation.plain(seq, center, run);
  }

  static Operation op(int seq, String center, long setup, long run, String family) {
    return new Operation(seq, List.of(center), setup, run, family, Map.of(), 0, 0, 0, null);
  }

  static Operation withTool(int seq, String center, long run, String tool) {
    return new Operation(seq, List.of(center), 0, run, null, Map.of(tool, 1), 0, 0, 0, null);
  }

  static Operation fixed(
      int seq, String center, long run, Operation.Fixed.Kind kind, long start, long remaining) {
    return new Operation(
        seq,
        List.of(center),
        0,
        run,
        null,
        Map.of(),
        0,
        0,
        0,
        new Operation.Fixed(kind, center, 0, start, remaining));
  }

  static Job order(String code, Operation... operations) {
    return Job.plain(code, List.of(operations));
  }

  static Job order(String code, int weight, long due, Operation... operations) {
    return new Job(code, weight, due, 0, null, List.of(operations));
  }

  static SchedulingProblem problem(List<Resource> centers, Job... orders) {
    return problem(centers, Map.of(), orders);
  }

  static SchedulingProblem problem(
      List<Resource> centers, Map<String, Integer> tools, Job... orders) {
    return new SchedulingProblem(centers, tools, List.of(orders), OBJECTIVES);
  }

  /** Builds the schedule that places the operations in this order, each as {job, index}. */
  static Schedule build(SchedulingProblem problem, int[]... order) {
    List<Step> steps = new ArrayList<>();
    for (int[] step : order) {
      steps.add(Step.of(step[0], step[1]));
    }
    return ScheduleBuilder.build(problem, steps);
  }
}
