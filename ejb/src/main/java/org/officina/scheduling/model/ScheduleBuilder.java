package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a schedule exactly, one operation at a time, in the order it is given: each goes on the
 * unit (of its work centers) where it ends first, at the earliest instant that keeps every rule:
 * after the operation before it (less the overlap it allows, plus move and queue), after the
 * order's material, after what that unit already runs, in open time (a setup never split over a
 * closed stretch), around fixed operations, and with its tools free. Fixed operations are laid down
 * first. The order of placement is the sequence of each unit, so every solver proposes an order and
 * this one builder turns it into times: what it returns is always feasible.
 */
public final class ScheduleBuilder {

  /** Bounds the search for one operation's start on a crowded unit or tool. */
  private static final int PROBE_LIMIT = 100_000;

  private final SchedulingProblem problem;
  private final Map<String, Resource> resources = new HashMap<>();
  private final Map<String, UnitLine[]> lines = new HashMap<>();
  private final Map<String, ToolProfile> tools = new HashMap<>();
  private final Placement[][] placements;
  private final long[][] latestStarts;

  public ScheduleBuilder(SchedulingProblem problem) {
    this.problem = problem;
    for (Resource resource : problem.resources()) {
      resources.put(resource.code(), resource);
      UnitLine[] unitLines = new UnitLine[resource.rows()];
      for (int unit = 0; unit < unitLines.length; unit++) {
        unitLines[unit] = new UnitLine();
      }
      lines.put(resource.code(), unitLines);
    }
    problem.tools().forEach((tool, count) -> tools.put(tool, new ToolProfile(count)));
    latestStarts = LatestStarts.of(problem);
    placements = new Placement[problem.jobs().size()][];
    for (int job = 0; job < placements.length; job++) {
      placements[job] = new Placement[problem.jobs().get(job).operations().size()];
    }
    placeFixed();
  }

  /**
   * Builds the schedule that places the operations in this order, each on the unit the step names
   * or, when it names none, wherever it ends first (fixed ones are left where they are).
   */
  public static Schedule build(SchedulingProblem problem, List<Step> order) {
    ScheduleBuilder builder = new ScheduleBuilder(problem);
    for (Step step : order) {
      if (!builder.placed(step.job(), step.index())) {
        builder.commit(builder.probe(step));
      }
    }
    return builder.schedule();
  }

  /**
   * A builder for a problem that extends a built schedule's with more orders: every operation of
   * the schedule stands where it is, as fixed operations do, so that what is placed next goes into
   * the gaps around it.
   */
  static ScheduleBuilder around(SchedulingProblem extended, Schedule live) {
    ScheduleBuilder builder = new ScheduleBuilder(extended);
    for (Placement placement : live.placements()) {
      if (!builder.placed(placement.job(), placement.index())) {
        builder.record(placement, true);
      }
    }
    return builder;
  }

  /** Where the problem's fixed operations stand: started ones and those a planner locked. */
  public static List<Placement> fixedPlacements(SchedulingProblem problem) {
    ScheduleBuilder builder = new ScheduleBuilder(problem);
    List<Placement> fixed = new ArrayList<>();
    for (Placement[] job : builder.placements) {
      for (Placement placement : job) {
        if (placement != null) {
          fixed.add(placement);
        }
      }
    }
    return fixed;
  }

  public SchedulingProblem problem() {
    return problem;
  }

  /** Whether this operation already has its place. */
  public boolean placed(int job, int index) {
    return placements[job][index] != null;
  }

  /**
   * Places this operation of the order, whose earlier operations must already be placed (a fixed
   * one is already in place and is left as it is).
   */
  public Placement placeNext(int job, int index) {
    if (placements[job][index] == null) {
      commit(probe(Step.of(job, index)));
    }
    return placements[job][index];
  }

  /** The setup family the unit ran last (null for none, or for an external resource). */
  public String lastFamily(String workCenter, int unit) {
    return resources.get(workCenter).external() ? null : lines.get(workCenter)[unit].lastFamily();
  }

  /** Where this operation would go now, without placing it. */
  public Placement probe(int job, int index) {
    return probe(Step.of(job, index));
  }

  private Placement probe(Step step) {
    int job = step.job();
    int index = step.index();
    if (index > 0 && placements[job][index - 1] == null) {
      throw new IllegalStateException(
          "order " + problem.jobs().get(job).code() + ": operation placed before its predecessor");
    }
    Ready ready = ready(job, index);
    if (ready.start == Availability.NEVER) {
      return Placement.unschedulable(job, index, ready.cause);
    }
    Operation operation = operation(job, index);
    if (step.chosen()) {
      Resource resource = resources.get(step.workCenter());
      if (!operation.workCenters().contains(step.workCenter())
          || step.unit() < 0
          || step.unit() >= resource.rows()) {
        throw new IllegalArgumentException(
            "operation "
                + operation.seq()
                + " cannot run on unit "
                + step.unit()
                + " of "
                + step.workCenter());
      }
      return probeOn(job, index, resource, step.unit(), ready);
    }
    Placement best = null;
    for (String center : operation.workCenters()) {
      Resource resource = resources.get(center);
      for (int unit = 0; unit < resource.rows(); unit++) {
        Placement candidate = probeOn(job, index, resource, unit, ready);
        if (best == null || better(candidate, best)) {
          best = candidate;
        }
      }
    }
    return best;
  }

  /** The schedule as built so far; every operation must be placed. */
  public Schedule schedule() {
    for (Placement[] job : placements) {
      for (Placement placement : job) {
        if (placement == null) {
          throw new IllegalStateException("an operation was never placed");
        }
      }
    }
    return new Schedule(problem, placements);
  }

  /** When an operation may start as far as its order goes, and what decides it. */
  private record Ready(long start, long minEnd, Cause cause) {}

  /** No sooner than its latest start, in backward mode: what is early waits, for no reason. */
  private Ready ready(int job, int index) {
    Ready ready = readyInOrder(job, index);
    long latest = latestStarts[job][index];
    return latest > ready.start && ready.start != Availability.NEVER
        ? new Ready(latest, ready.minEnd, Cause.WORK)
        : ready;
  }

  private Ready readyInOrder(int job, int index) {
    Job order = problem.jobs().get(job);
    Operation operation = order.operations().get(index);
    if (index == 0) {
      long release = Math.max(0, order.release());
      Cause cause =
          order.release() > 0
              ? Cause.of(Cause.Kind.MATERIAL, order.awaited(), release)
              : Cause.WORK;
      return new Ready(release + operation.queue(), Long.MIN_VALUE, cause);
    }
    Placement before = placements[job][index - 1];
    Operation previous = order.operations().get(index - 1);
    Cause cause = Cause.of(Cause.Kind.PRECEDENCE, String.valueOf(previous.seq()), before.end());
    if (!before.scheduled()) {
      return new Ready(Availability.NEVER, Long.MIN_VALUE, cause);
    }
    long lag = previous.move() + operation.queue();
    if (previous.overlapPct() == 0 || before.end() == before.setupEnd()) {
      return new Ready(before.end() + lag, Long.MIN_VALUE, cause);
    }
    long passed = previous.overlapPassed(resources.get(before.workCenter()), before);
    return new Ready(passed + lag, before.end() + previous.move(), cause);
  }

  private Placement probeOn(int job, int index, Resource resource, int unit, Ready ready) {
    Operation operation = operation(job, index);
    UnitLine line = resource.external() ? null : lines.get(resource.code())[unit];
    Availability open = resource.availability();
    long t = ready.start;
    Cause cause = ready.cause;
    if (line != null && line.frontier() > t) {
      t = line.frontier();
      cause = Cause.of(Cause.Kind.RESOURCE, resource.code(), t);
    }
    String previousFamily = line == null ? null : line.lastFamily();
    long run = operation.runWork(resource);
    for (int tries = 0; tries < PROBE_LIMIT; tries++) {
      long setup =
          resource.work(resource.setup(previousFamily, operation.family(), operation.setup()));
      long start = setup > 0 ? open.startWhole(t, setup) : open.nextOpen(t);
      long setupEnd = start == Availability.NEVER ? start : open.end(start, setup);
      long end = setupEnd == Availability.NEVER ? setupEnd : open.end(setupEnd, run);
      if (end == Availability.NEVER) {
        return Placement.unschedulable(
            job, index, Cause.of(Cause.Kind.UNSCHEDULABLE, calendarOf(resource), t));
      }
      if (start > t) {
        cause = Cause.of(Cause.Kind.CALENDAR, calendarOf(resource), t);
        t = start;
      }
      if (end < ready.minEnd) {
        t = Math.max(t + 1, open.latestStart(ready.minEnd, setup + run));
        cause = ready.cause;
        continue;
      }
      UnitLine.Block block = line == null ? null : line.overlapping(start, end);
      if (block != null) {
        t = block.end();
        previousFamily = block.family();
        cause = Cause.of(Cause.Kind.RESOURCE, resource.code(), t);
        continue;
      }
      String busyTool = null;
      for (Map.Entry<String, Integer> need : operation.tools().entrySet()) {
        long retry = tools.get(need.getKey()).conflict(start, end, need.getValue());
        if (retry != Availability.NEVER) {
          t = retry;
          busyTool = need.getKey();
          break;
        }
      }
      if (busyTool != null) {
        cause = Cause.of(Cause.Kind.TOOL, busyTool, t);
        continue;
      }
      return new Placement(job, index, resource.code(), unit, start, setupEnd, end, setup, cause);
    }
    return Placement.unschedulable(
        job, index, Cause.of(Cause.Kind.UNSCHEDULABLE, resource.code(), t));
  }

  private void commit(Placement placement) {
    record(
        placement,
        placement.scheduled() && operation(placement.job(), placement.index()).isFixed());
  }

  /**
   * Keeps the placement: on its unit as a block (a fixed operation, or one placed elsewhere that
   * others must go around) or appended to the unit's sequence; with its tools held.
   */
  private void record(Placement placement, boolean block) {
    placements[placement.job()][placement.index()] = placement;
    if (!placement.scheduled()) {
      return;
    }
    Operation operation = operation(placement.job(), placement.index());
    Resource resource = resources.get(placement.workCenter());
    if (!resource.external()) {
      UnitLine line = lines.get(resource.code())[placement.unit()];
      if (block) {
        line.block(placement.start(), placement.end(), operation.family());
      } else {
        line.append(placement.end(), operation.family());
      }
    }
    operation
        .tools()
        .forEach((tool, count) -> tools.get(tool).take(placement.start(), placement.end(), count));
  }

  /** Frozen operations go on from now with their work left; locked ones keep start and unit. */
  private void placeFixed() {
    for (int job = 0; job < placements.length; job++) {
      List<Operation> operations = problem.jobs().get(job).operations();
      for (int index = 0; index < operations.size(); index++) {
        Operation operation = operations.get(index);
        Operation.Fixed fixed = operation.fixed();
        if (fixed != null) {
          Resource resource = resources.get(fixed.workCenter());
          Availability open = resource.availability();
          boolean frozen = fixed.kind() == Operation.Fixed.Kind.FROZEN;
          long setup = frozen ? 0 : resource.work(operation.setup());
          long setupEnd = frozen ? Math.max(fixed.start(), 0) : open.end(fixed.start(), setup);
          long end = open.end(setupEnd, operation.runWork(resource));
          Cause cause = Cause.of(Cause.Kind.FIXED, fixed.kind().name(), fixed.start());
          commit(
              new Placement(
                  job,
                  index,
                  resource.code(),
                  fixed.unit(),
                  fixed.start(),
                  setupEnd,
                  end,
                  setup,
                  cause));
        }
      }
    }
  }

  private static boolean better(Placement candidate, Placement best) {
    if (candidate.end() != best.end()) {
      return candidate.end() < best.end();
    }
    return candidate.start() < best.start();
  }

  private static String calendarOf(Resource resource) {
    return resource.calendar() == null ? resource.code() : resource.calendar();
  }

  private Operation operation(int job, int index) {
    return problem.jobs().get(job).operations().get(index);
  }
}
