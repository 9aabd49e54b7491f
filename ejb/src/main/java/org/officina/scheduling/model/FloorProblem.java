package org.officina.scheduling.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Changeover;
import org.officina.resources.model.Tool;
import org.officina.resources.model.WorkCenter;

/**
 * The floor as a scheduling problem, from now (minute 0) on: each open order a job (weight 10 less
 * its priority, due at the end of its due date), each of its operations still to do (sub-operations
 * are part of theirs) on its work center, whose units, rate (efficiency × utilisation) and calendar
 * it takes; an operation the floor has begun stays where it is and goes on with the pieces still to
 * make; a subcontracted one is a delay of its own minutes at the subcontractor, which takes any
 * number at once; a work center not at finite capacity takes any number too. An operation keeps its
 * setup family (the changeover matrix of the center it runs on prices a change of family) and may
 * run on the alternate work centers its routing names.
 */
public final class FloorProblem {

  private static final String SUBCONTRACTOR = "SUB:";

  private final SchedulingProblem problem;
  private final List<String> orders;
  private final Instant origin;

  private FloorProblem(SchedulingProblem problem, List<String> orders, Instant origin) {
    this.problem = problem;
    this.orders = List.copyOf(orders);
    this.origin = origin;
  }

  public static FloorProblem of(
      List<FloorOperation> rows,
      List<WorkCenter> centers,
      List<CalendarDefinition> calendars,
      List<Tool> tools,
      List<Changeover> changeovers,
      List<OperationLock> locks,
      Instant origin,
      ZoneId zone,
      ScheduleRunRequest request) {
    Map<String, CalendarDefinition> calendarsByCode = new HashMap<>();
    calendars.forEach(calendar -> calendarsByCode.put(calendar.code(), calendar));
    Map<String, Map<String, Map<String, Long>>> matrices = new HashMap<>();
    changeovers.forEach(
        c ->
            matrices
                .computeIfAbsent(c.workCenter(), center -> new HashMap<>())
                .computeIfAbsent(c.fromFamily(), from -> new HashMap<>())
                .put(c.toFamily(), (long) c.minutes()));
    Map<String, Resource> resources = new LinkedHashMap<>();
    for (WorkCenter center : centers) {
      resources.put(
          center.code(),
          resource(
              center,
              calendarsByCode,
              matrices.getOrDefault(center.code(), Map.of()),
              origin,
              request.horizonDays()));
    }
    Map<String, Integer> toolCounts = new HashMap<>();
    tools.stream()
        .filter(tool -> tool.qtyAvailable() > 0)
        .forEach(tool -> toolCounts.put(tool.code(), tool.qtyAvailable()));
    Map<String, List<FloorOperation>> byOrder = new LinkedHashMap<>();
    Map<String, Long> subMinutes = new HashMap<>();
    for (FloorOperation row : rows) {
      if (row.parentSeq() == null) {
        byOrder.computeIfAbsent(row.order(), order -> new ArrayList<>()).add(row);
      } else {
        subMinutes.merge(
            row.order() + "/" + row.parentSeq(), standardMinutes(row, false), Long::sum);
      }
    }
    Map<String, OperationLock> lockOf = new HashMap<>();
    locks.forEach(lock -> lockOf.put(lock.order() + "/" + lock.seq(), lock));
    Map<String, Integer> nextUnit = new HashMap<>();
    List<Job> jobs = new ArrayList<>();
    for (List<FloorOperation> operations : byOrder.values()) {
      FloorOperation first = operations.get(0);
      List<Operation> placed = new ArrayList<>();
      for (FloorOperation row : operations) {
        if (row.subcontractor() != null) {
          resources.computeIfAbsent(
              SUBCONTRACTOR + row.subcontractor(),
              code ->
                  new Resource(
                      code, 0, 100, true, Availability.always(), row.subcontractor(), Map.of()));
        }
        long subs = subMinutes.getOrDefault(row.order() + "/" + row.seq(), 0L);
        Operation operation = operation(row, subs, origin, resources, toolCounts, nextUnit);
        placed.add(locked(operation, lockOf.get(row.order() + "/" + row.seq()), origin, resources));
      }
      long due = minutes(origin, first.dueDate().plusDays(1).atStartOfDay(zone).toInstant());
      jobs.add(new Job(first.order(), 10 - first.priority(), due, 0, null, placed));
    }
    SchedulingProblem problem =
        new SchedulingProblem(
            List.copyOf(resources.values()),
            toolCounts,
            jobs,
            request.objectives(),
            request.mode());
    return new FloorProblem(problem, List.copyOf(byOrder.keySet()), origin);
  }

  public SchedulingProblem problem() {
    return problem;
  }

  public Instant origin() {
    return origin;
  }

  /** Whether a resource of the problem is a subcontractor rather than a work center. */
  public static boolean isSubcontractor(String resource) {
    return resource.startsWith(SUBCONTRACTOR);
  }

  /** The number of the order the job stands for. */
  public String order(int job) {
    return orders.get(job);
  }

  /**
   * The operation where a planner locked it: kept while it has not started, the lock names one of
   * its work centers and a unit it has, and its start is still to come (a lock the floor has passed
   * by is stale).
   */
  private static Operation locked(
      Operation operation, OperationLock lock, Instant origin, Map<String, Resource> resources) {
    if (lock == null
        || operation.isFixed()
        || !operation.workCenters().contains(lock.workCenter())) {
      return operation;
    }
    long start = minutes(origin, lock.start());
    Resource resource = resources.get(lock.workCenter());
    if (start < 0 || resource == null || lock.unit() >= resource.rows()) {
      return operation;
    }
    return new Operation(
        operation.seq(),
        operation.workCenters(),
        operation.setup(),
        operation.run(),
        operation.family(),
        operation.tools(),
        operation.overlapPct(),
        operation.queue(),
        operation.move(),
        new Operation.Fixed(Operation.Fixed.Kind.LOCKED, lock.workCenter(), lock.unit(), start, 0));
  }

  /** A work center with its open time (one per calendar, shared by the centers that keep it). */
  private static Resource resource(
      WorkCenter center,
      Map<String, CalendarDefinition> calendars,
      Map<String, Map<String, Long>> changeovers,
      Instant origin,
      int days) {
    CalendarDefinition calendar =
        center.calendar() == null ? null : calendars.get(center.calendar());
    Availability open =
        calendar == null
            ? Availability.always()
            : Availability.of(calendar.toWorkingCalendar(), origin, days);
    BigDecimal rate =
        percent(center.efficiencyPct()).multiply(percent(center.utilisationPct())).movePointLeft(2);
    return new Resource(
        center.code(),
        Math.max(1, center.capacity()),
        Math.max(1, rate.setScale(0, RoundingMode.HALF_UP).intValue()),
        !center.finite(),
        open,
        center.calendar(),
        changeovers);
  }

  private static Operation operation(
      FloorOperation row,
      long subMinutes,
      Instant origin,
      Map<String, Resource> resources,
      Map<String, Integer> tools,
      Map<String, Integer> nextUnit) {
    String center =
        row.subcontractor() != null ? SUBCONTRACTOR + row.subcontractor() : row.workCenter();
    long run = standardMinutes(row, row.started()) + subMinutes;
    Map<String, Integer> needs = new HashMap<>();
    row.tools().stream().filter(tools::containsKey).forEach(tool -> needs.put(tool, 1));
    // a setup under way still has its setup to finish: it counts as work left, like the run
    long stillToSetUp = "SETUP".equals(row.status()) ? minutes(nonNull(row.setupMinutes())) : 0;
    Operation.Fixed fixed = null;
    if (row.started()) {
      Resource resource = resources.get(center);
      int unit = resource == null ? 0 : nextUnit.merge(center, 1, Integer::sum) - 1;
      long start = row.startedAt() == null ? 0 : Math.min(0, minutes(origin, row.startedAt()));
      fixed =
          new Operation.Fixed(
              Operation.Fixed.Kind.FROZEN,
              center,
              resource == null ? 0 : unit % resource.rows(),
              start,
              run + stillToSetUp);
    }
    List<String> where = new ArrayList<>(List.of(center));
    if (row.subcontractor() == null && !row.started()) {
      // a started operation stays where it began; an alternate the plant lacks is no place to go
      row.alternateWorkCenters().stream()
          .filter(alternate -> resources.containsKey(alternate) && !where.contains(alternate))
          .forEach(where::add);
    }
    return new Operation(
        row.seq(),
        where,
        minutes(nonNull(row.setupMinutes())),
        run,
        row.setupFamily(),
        needs,
        nonNull(row.overlapPct()).intValue(),
        minutes(nonNull(row.queueMinutes())),
        minutes(nonNull(row.moveMinutes())),
        fixed);
  }

  /**
   * The standard minutes of an operation's run for the pieces still to make (its fixed time too,
   * unless it has started: that was spent at its start).
   */
  private static long standardMinutes(FloorOperation row, boolean started) {
    BigDecimal left = row.qty().subtract(nonNull(row.goodQty())).subtract(nonNull(row.scrapQty()));
    BigDecimal run = nonNull(row.runMinutes()).multiply(left.max(BigDecimal.ZERO));
    return minutes(started ? run : run.add(nonNull(row.fixedMinutes())));
  }

  private static BigDecimal percent(BigDecimal value) {
    return value == null ? BigDecimal.valueOf(100) : value;
  }

  private static BigDecimal nonNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static long minutes(BigDecimal minutes) {
    return minutes.setScale(0, RoundingMode.CEILING).longValueExact();
  }

  public static long minutes(Instant origin, Instant at) {
    return Math.floorDiv(Duration.between(origin, at).getSeconds(), 60);
  }
}
