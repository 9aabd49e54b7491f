package org.officina.scheduling.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The first schedule, built in one pass and the same every time (Giffler and Thompson's active
 * schedule generation with a dispatching rule): of the operations ready to go, take the one that
 * could end first; every other ready operation of its work center that could start before that
 * competes with it, and the one of highest apparent tardiness cost wins (a job without a due date
 * counts its remaining work instead), favoured by the setup it saves when its family is the one the
 * work center just ran. The winner is placed, and the next operation of its order gets ready.
 */
public final class Dispatcher {

  /** How many mean operations of slack make an order's urgency fade (the rule's k). */
  static final double LOOKAHEAD = 2;

  /** Keeps orders without a due date below any order that has one, in their own order. */
  private static final double NO_DUE_SCALE = 1e-12;

  private final SchedulingProblem problem;
  private final double[] boost;
  private final double lookahead;
  private final ScheduleBuilder builder;
  private final int[] next;
  private final long[][] workLeft;
  private final double meanMinutes;
  private final long[] readyStart;
  private final long[] version;
  private final int[] registered;
  private final Map<String, Resource> resources = new HashMap<>();
  private final Map<String, Set<Integer>> readyAt = new HashMap<>();
  private final PriorityQueue<long[]> byEnd =
      new PriorityQueue<>(
          (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));

  private Dispatcher(SchedulingProblem problem, double[] boost, double lookahead) {
    this.problem = problem;
    this.boost = boost;
    this.lookahead = lookahead;
    this.builder = new ScheduleBuilder(problem);
    int jobs = problem.jobs().size();
    next = new int[jobs];
    readyStart = new long[jobs];
    version = new long[jobs];
    registered = new int[jobs];
    workLeft = new long[jobs][];
    long total = 0;
    for (Resource resource : problem.resources()) {
      resources.put(resource.code(), resource);
      readyAt.put(resource.code(), new LinkedHashSet<>());
    }
    for (int job = 0; job < jobs; job++) {
      var operations = problem.jobs().get(job).operations();
      workLeft[job] = new long[operations.size() + 1];
      for (int index = operations.size() - 1; index >= 0; index--) {
        Operation operation = operations.get(index);
        workLeft[job][index] = workLeft[job][index + 1] + operation.setup() + operation.run();
      }
      total += workLeft[job][0];
    }
    meanMinutes = Math.max(1.0, (double) total / Math.max(1, problem.operationCount()));
  }

  public static Schedule dispatch(SchedulingProblem problem) {
    double[] even = new double[problem.jobs().size()];
    Arrays.fill(even, 1);
    return dispatch(problem, even, LOOKAHEAD);
  }

  /**
   * The schedule the rule gives when each order's weight is multiplied by its boost (how a search
   * pulls a late order forward) and urgency fades over this many mean operations of slack.
   */
  public static Schedule dispatch(SchedulingProblem problem, double[] boost, double lookahead) {
    Dispatcher dispatcher = new Dispatcher(problem, boost, lookahead);
    for (int job = 0; job < problem.jobs().size(); job++) {
      dispatcher.advance(job);
    }
    dispatcher.run();
    return dispatcher.builder.schedule();
  }

  private void run() {
    while (!byEnd.isEmpty()) {
      long[] entry = byEnd.poll();
      int job = (int) entry[1];
      if (entry[2] != version[job]) {
        continue;
      }
      Placement first = builder.probe(job, next[job]);
      if (first.scheduled() && first.end() > entry[0]) {
        byEnd.add(new long[] {first.end(), job, version[job]});
        continue;
      }
      int chosen = first.scheduled() ? choose(job, first) : job;
      builder.placeNext(chosen, next[chosen]);
      next[chosen]++;
      advance(chosen);
      if (chosen != job) {
        byEnd.add(entry);
      }
    }
  }

  /** Among the operations competing for the work center the earliest one ends on, the winner. */
  private int choose(int earliest, Placement first) {
    int best = earliest;
    double bestPriority = priority(earliest, first.workCenter(), first.unit());
    for (int job : readyAt.get(first.workCenter())) {
      if (job != earliest && readyStart[job] < first.end()) {
        double priority = priority(job, first.workCenter(), first.unit());
        if (priority > bestPriority || priority == bestPriority && preferred(job, best)) {
          best = job;
          bestPriority = priority;
        }
      }
    }
    return best;
  }

  /**
   * The apparent tardiness cost (Vepsalainen and Morton): weight per minute of the operation (its
   * setup there included, so a family run on saves time), discounted the more slack the order has
   * left; an order without a due date has none to lose and ranks by its work left.
   */
  private double priority(int job, String center, int unit) {
    Job order = problem.jobs().get(job);
    if (!order.hasDue()) {
      return boost[job] * workLeft[job][next[job]] / meanMinutes * NO_DUE_SCALE;
    }
    Operation operation = order.operations().get(next[job]);
    String previous = builder.lastFamily(center, unit);
    long setup = resources.get(center).setup(previous, operation.family(), operation.setup());
    double minutes = Math.max(1, setup + operation.run());
    long slack = order.due() - readyStart[job] - workLeft[job][next[job]];
    return boost[job]
        * order.weight()
        / minutes
        * Math.exp(-Math.max(0, slack) / (lookahead * meanMinutes));
  }

  /** Between equals, the order with more work left, then the one listed first. */
  private boolean preferred(int job, int other) {
    long left = workLeft[job][next[job]];
    long otherLeft = workLeft[other][next[other]];
    return left != otherLeft ? left > otherLeft : job < other;
  }

  /** Moves the order to its next operation still to place and makes it ready, or retires it. */
  private void advance(int job) {
    var operations = problem.jobs().get(job).operations();
    unregister(job);
    version[job]++;
    while (next[job] < operations.size() && builder.placed(job, next[job])) {
      next[job]++;
    }
    if (next[job] == operations.size()) {
      return;
    }
    Placement probe = builder.probe(job, next[job]);
    readyStart[job] = probe.start();
    registered[job] = next[job];
    for (String center : operations.get(next[job]).workCenters()) {
      readyAt.get(center).add(job);
    }
    byEnd.add(new long[] {probe.end(), job, version[job]});
  }

  private void unregister(int job) {
    if (version[job] > 0) {
      var operation = problem.jobs().get(job).operations().get(registered[job]);
      for (String center : operation.workCenters()) {
        readyAt.get(center).remove(job);
      }
    }
  }
}
