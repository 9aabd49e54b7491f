package org.officina.scheduling.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to schedule, in minutes from an origin (now): the work centers, the tools and how many of
 * each exist, the orders with their operations, the objectives in order, and whether operations go
 * as soon as possible (forward) or as late as their order's due date allows (backward). Checked
 * once here, so that the builder and the solvers can trust it.
 */
public record SchedulingProblem(
    List<Resource> resources,
    Map<String, Integer> tools,
    List<Job> jobs,
    List<Objective> objectives,
    Mode mode) {

  /**
   * Forward: every operation as soon as it can. Backward: no operation sooner than its latest start
   * counted back from its order's due date through the calendars at infinite capacity, then as soon
   * as it can from there (an order already late starts now).
   */
  public enum Mode {
    FORWARD,
    BACKWARD
  }

  /** A forward problem. */
  public SchedulingProblem(
      List<Resource> resources,
      Map<String, Integer> tools,
      List<Job> jobs,
      List<Objective> objectives) {
    this(resources, tools, jobs, objectives, Mode.FORWARD);
  }

  public SchedulingProblem {
    resources = List.copyOf(resources);
    tools = Map.copyOf(tools);
    jobs = List.copyOf(jobs);
    objectives = List.copyOf(objectives);
    Map<String, Resource> byCode = new HashMap<>();
    for (Resource resource : resources) {
      if (byCode.put(resource.code(), resource) != null) {
        throw new IllegalArgumentException("work center " + resource.code() + " is listed twice");
      }
    }
    for (Job job : jobs) {
      for (Operation operation : job.operations()) {
        check(job, operation, byCode, tools);
      }
    }
  }

  private static void check(
      Job job, Operation operation, Map<String, Resource> resources, Map<String, Integer> tools) {
    String where = "order " + job.code() + " operation " + operation.seq();
    for (String center : operation.workCenters()) {
      if (!resources.containsKey(center)) {
        throw new IllegalArgumentException(where + ": unknown work center " + center);
      }
    }
    operation
        .tools()
        .forEach(
            (tool, count) -> {
              if (count < 1 || count > tools.getOrDefault(tool, 0)) {
                throw new IllegalArgumentException(
                    where + ": needs " + count + " of tool " + tool + ", which has fewer");
              }
            });
    Operation.Fixed fixed = operation.fixed();
    if (fixed != null) {
      Resource resource = resources.get(fixed.workCenter());
      if (resource == null || fixed.unit() < 0 || fixed.unit() >= resource.rows()) {
        throw new IllegalArgumentException(
            where + ": fixed on unit " + fixed.unit() + " of " + fixed.workCenter());
      }
    }
  }

  /** The number of operations of all orders. */
  public int operationCount() {
    return jobs.stream().mapToInt(job -> job.operations().size()).sum();
  }
}
