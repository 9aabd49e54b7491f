package org.officina.scheduling.infrastructure;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.scheduling.model.Availability;
import org.officina.scheduling.model.Job;
import org.officina.scheduling.model.LatestStarts;
import org.officina.scheduling.model.Objective;
import org.officina.scheduling.model.Operation;
import org.officina.scheduling.model.Placement;
import org.officina.scheduling.model.Resource;
import org.officina.scheduling.model.Schedule;
import org.officina.scheduling.model.SchedulingProblem;
import org.officina.scheduling.model.Step;

/**
 * The CP-SAT model of a schedule's sequencing problem, built from an incumbent that gives every
 * operation its length and the search its first solution (as a hint). Orders with an operation the
 * incumbent could not place are left out of the search and keep their incumbent order. Each unit of
 * a work center is its own no-overlap resource, so that a solution says which unit runs what, as
 * the builder needs to rebuild it faithfully.
 */
final class SequencingModel {

  /** Keeps the weighted objective of any plant well inside a long. */
  private static final double OBJECTIVE_CEILING = 0x1p61;

  private final CpModel model = new CpModel();
  private final List<int[]> operations = new ArrayList<>();
  private final List<IntVar> starts = new ArrayList<>();
  private final List<List<Choice>> choices = new ArrayList<>();
  private final List<Step> leftOut = new ArrayList<>();
  private final Map<String, Resource> resources = new HashMap<>();
  private final Map<String, List<IntervalVar>> byUnit = new HashMap<>();
  private final Map<String, List<IntervalVar>> byTool = new HashMap<>();
  private final Map<String, List<Long>> toolDemands = new HashMap<>();
  private final List<IntVar> ends = new ArrayList<>();
  private final IntVar[] jobEnds;
  private final long[][] latestStarts;
  private final long horizon;
  private final boolean exact;

  SequencingModel(Schedule incumbent) {
    SchedulingProblem problem = incumbent.problem();
    long makespan = incumbent.value(Objective.MAKESPAN);
    boolean makespanFirst = problem.objectives().get(0) == Objective.MAKESPAN;
    horizon = makespanFirst ? makespan : makespan + makespan / 2 + 1;
    jobEnds = new IntVar[problem.jobs().size()];
    latestStarts = LatestStarts.of(problem);
    problem.resources().forEach(resource -> resources.put(resource.code(), resource));
    for (int job = 0; job < problem.jobs().size(); job++) {
      addJob(incumbent, job);
    }
    addResources(problem);
    boolean lexicographic = minimise(incumbent);
    // a horizon cut at the incumbent's makespan hides no better schedule only when makespan decides
    exact = makespanFirst && lexicographic && exact(problem);
  }

  /**
   * Whether an optimum of the model proves the schedule optimal: its lengths are the plant's own
   * (every work center always open, no setup that depends on the one before, no choice of work
   * center), makespan decides (so the horizon cut at the incumbent's hides nothing better), and the
   * objectives' weights kept them in order.
   */
  boolean exact() {
    return exact;
  }

  private static boolean exact(SchedulingProblem problem) {
    boolean alwaysOpen =
        problem.resources().stream()
            .allMatch(resource -> resource.availability() == Availability.always());
    boolean plain =
        problem.jobs().stream()
            .flatMap(job -> job.operations().stream())
            .allMatch(
                operation ->
                    operation.workCenters().size() == 1
                        && (operation.family() == null
                            || operation.setup() == 0 && noChangeovers(problem)));
    return alwaysOpen && plain;
  }

  private static boolean noChangeovers(SchedulingProblem problem) {
    return problem.resources().stream().allMatch(resource -> resource.changeovers().isEmpty());
  }

  CpModel model() {
    return model;
  }

  /** The modelled operations ({job, index}), in the order of {@link #starts()}. */
  List<int[]> operations() {
    return operations;
  }

  List<IntVar> starts() {
    return starts;
  }

  /** For each modelled operation, the units it may run on, with what says it does. */
  List<List<Choice>> choices() {
    return choices;
  }

  /** The operations of the orders left out, in the order the incumbent placed them. */
  List<Step> leftOut() {
    return leftOut;
  }

  /** A unit an operation may run on; its literal is null when it is the only one. */
  record Choice(String workCenter, int unit, BoolVar present) {}

  private void addJob(Schedule incumbent, int job) {
    Job order = incumbent.problem().jobs().get(job);
    boolean complete = true;
    for (int index = 0; index < order.operations().size(); index++) {
      complete &= incumbent.placement(job, index).scheduled();
    }
    IntVar previousStart = null;
    IntVar previousEnd = null;
    for (int index = 0; index < order.operations().size(); index++) {
      Operation operation = order.operations().get(index);
      Placement placement = incumbent.placement(job, index);
      if (!complete) {
        if (operation.isFixed() && placement.scheduled()) {
          hold(operation, placement);
        }
        leftOut.add(Step.of(job, index));
        continue;
      }
      IntVar[] interval =
          operation.isFixed() ? hold(operation, placement) : choose(order, index, placement);
      if (!operation.isFixed()) {
        operations.add(new int[] {job, index});
        starts.add(interval[0]);
      }
      IntVar start = interval[0];
      IntVar end = interval[1];
      // a fixed operation stays where it is even when the one before ends later (the builder keeps
      // it)
      if (previousStart != null && !operation.isFixed()) {
        precede(
            order.operations().get(index - 1),
            incumbent.placement(job, index - 1),
            previousStart,
            previousEnd,
            operation,
            start,
            end);
      }
      previousStart = start;
      previousEnd = end;
    }
    if (complete && previousEnd != null) {
      ends.add(previousEnd);
      jobEnds[job] = previousEnd;
    }
  }

  /** A fixed operation's interval, on its unit and its tools: its start and end. */
  private IntVar[] hold(Operation operation, Placement placement) {
    IntVar start = model.newConstant(placement.start());
    IntVar end = model.newConstant(placement.end());
    IntervalVar interval =
        model.newFixedInterval(placement.start(), placement.end() - placement.start(), "f");
    onUnit(placement.workCenter(), placement.unit(), interval);
    useTools(operation, interval);
    return new IntVar[] {start, end};
  }

  /**
   * A movable operation's interval: on one unit of one of its work centers (with a literal per unit
   * when it has a choice, the incumbent's unit hinted), the length it took in the incumbent scaled
   * to each work center's rate. Returns its start and end.
   */
  private IntVar[] choose(Job order, int index, Placement placement) {
    Operation operation = order.operations().get(index);
    long elapsed = placement.end() - placement.start();
    int incumbentRate = resources.get(placement.workCenter()).ratePct();
    long earliest =
        Math.max(
            index == 0 ? Math.max(0, order.release()) + operation.queue() : 0,
            latestStarts[placement.job()][index]);
    IntVar start = model.newIntVar(earliest, Math.max(earliest, horizon), "s");
    IntVar end = model.newIntVar(earliest, Math.max(earliest, horizon) + elapsed * 2, "e");
    model.addHint(start, placement.start());
    List<Choice> units = new ArrayList<>();
    for (String center : operation.workCenters()) {
      Resource resource = resources.get(center);
      for (int unit = 0; unit < resource.rows(); unit++) {
        units.add(new Choice(center, unit, null));
      }
    }
    if (units.size() == 1) {
      IntervalVar interval = model.newIntervalVar(start, LinearExpr.constant(elapsed), end, "o");
      onUnit(units.get(0).workCenter(), 0, interval);
      useTools(operation, interval);
      choices.add(units);
      return new IntVar[] {start, end};
    }
    List<Choice> literals = new ArrayList<>();
    for (Choice choice : units) {
      BoolVar present = model.newBoolVar("on");
      long size =
          -Math.floorDiv(-elapsed * incumbentRate, resources.get(choice.workCenter()).ratePct());
      IntervalVar interval = model.newOptionalFixedSizeIntervalVar(start, size, present, "o");
      model.addEquality(end, LinearExpr.newBuilder().add(start).add(size)).onlyEnforceIf(present);
      onUnit(choice.workCenter(), choice.unit(), interval);
      useTools(operation, interval);
      boolean incumbent =
          choice.workCenter().equals(placement.workCenter()) && choice.unit() == placement.unit();
      model.addHint(present, incumbent ? 1 : 0);
      literals.add(new Choice(choice.workCenter(), choice.unit(), present));
    }
    model.addExactlyOne(literals.stream().map(Choice::present).toArray(BoolVar[]::new));
    choices.add(literals);
    return new IntVar[] {start, end};
  }

  private void onUnit(String center, int unit, IntervalVar interval) {
    if (!resources.get(center).external()) {
      byUnit.computeIfAbsent(center + "#" + unit, key -> new ArrayList<>()).add(interval);
    }
  }

  private void useTools(Operation operation, IntervalVar interval) {
    operation
        .tools()
        .forEach(
            (tool, count) -> {
              byTool.computeIfAbsent(tool, t -> new ArrayList<>()).add(interval);
              toolDemands.computeIfAbsent(tool, t -> new ArrayList<>()).add((long) count);
            });
  }

  /** After the operation before: its end, or as much of its run as it lets overlap. */
  private void precede(
      Operation previous,
      Placement before,
      IntVar previousStart,
      IntVar previousEnd,
      Operation operation,
      IntVar start,
      IntVar end) {
    long lag = previous.move() + operation.queue();
    if (previous.overlapPct() == 0) {
      model.addGreaterOrEqual(start, LinearExpr.newBuilder().add(previousEnd).add(lag));
      return;
    }
    long passed =
        previous.overlapPassed(resources.get(before.workCenter()), before) - before.start();
    model.addGreaterOrEqual(start, LinearExpr.newBuilder().add(previousStart).add(passed + lag));
    model.addGreaterOrEqual(end, LinearExpr.newBuilder().add(previousEnd).add(previous.move()));
  }

  /** One operation at a time on each unit; no tool held beyond its count. */
  private void addResources(SchedulingProblem problem) {
    byUnit.values().forEach(model::addNoOverlap);
    byTool.forEach(
        (tool, intervals) ->
            model
                .addCumulative(problem.tools().get(tool))
                .addDemands(
                    intervals.toArray(IntervalVar[]::new),
                    toolDemands.get(tool).stream().mapToLong(Long::longValue).toArray()));
  }

  /**
   * The objectives in the run's order, each weighted above what all those after it can add up to
   * (as far as a long allows: false when it does not), so that the first decides. Setup time is
   * left to the builder: here every operation keeps the setup it had.
   */
  private boolean minimise(Schedule incumbent) {
    SchedulingProblem problem = incumbent.problem();
    List<LinearExpr> terms = new ArrayList<>();
    List<Long> bounds = new ArrayList<>();
    for (Objective objective : problem.objectives()) {
      switch (objective) {
        case WEIGHTED_TARDINESS -> {
          LinearExprBuilder tardiness = LinearExpr.newBuilder();
          long weights = 0;
          for (int job = 0; job < problem.jobs().size(); job++) {
            Job order = problem.jobs().get(job);
            IntVar end = jobEnds[job];
            if (order.hasDue() && order.weight() > 0 && end != null) {
              // an order overdue already is late by more than the horizon
              IntVar late = model.newIntVar(0, horizon + Math.max(0, -order.due()), "t");
              model.addGreaterOrEqual(late, LinearExpr.newBuilder().add(end).add(-order.due()));
              tardiness.addTerm(late, order.weight());
              weights += order.weight();
            }
          }
          terms.add(tardiness.build());
          bounds.add(Math.max(1, weights) * horizon);
        }
        case MAKESPAN -> {
          IntVar makespan = model.newIntVar(0, horizon, "makespan");
          ends.forEach(end -> model.addGreaterOrEqual(makespan, end));
          terms.add(LinearExpr.newBuilder().add(makespan).build());
          bounds.add(horizon);
        }
        case FLOW_TIME -> {
          terms.add(LinearExpr.sum(ends.toArray(IntVar[]::new)));
          bounds.add(Math.max(1, ends.size()) * horizon);
        }
        case SETUP -> {}
      }
    }
    LinearExprBuilder objective = LinearExpr.newBuilder();
    double weight = 1;
    boolean lexicographic = true;
    for (int level = terms.size() - 1; level >= 0; level--) {
      objective.addTerm(terms.get(level), (long) weight);
      double next = weight * (bounds.get(level) + 1.0);
      if (next * bounds.get(Math.max(0, level - 1)) < OBJECTIVE_CEILING) {
        weight = next;
      } else if (level > 0) {
        lexicographic = false;
      }
    }
    model.minimize(objective);
    return lexicographic;
  }
}
