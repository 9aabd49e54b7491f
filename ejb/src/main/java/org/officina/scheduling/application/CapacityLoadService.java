package org.officina.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;
import org.officina.engineering.application.RoutingService;
import org.officina.engineering.model.RoutingOperation;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.PlannedOrderRow;
import org.officina.planning.model.PlannedOrderType;
import org.officina.scheduling.model.CapacityLoad;
import org.officina.scheduling.model.FloorOperation;
import org.officina.scheduling.model.FloorProblem;
import org.officina.scheduling.model.ScheduleRunRequest;
import org.officina.scheduling.model.SchedulingProblem;
import org.officina.shared.model.Roles;

/**
 * The load chart (CRP): the production orders on the floor and the production orders MRP plans in
 * each plant's live plan (a firm one once converted is on the floor), at infinite capacity against
 * each work center's capacity, by day from today.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class CapacityLoadService {

  /** The longest load chart, in days. */
  public static final int MAX_DAYS = 366;

  /** At most this many planned orders are loaded; those starting last are left out, and said. */
  static final int MAX_PLANNED_ORDERS = 50_000;

  /** How far past the chart operations are placed, so that what spills over is counted. */
  private static final int SPILL_DAYS = 365;

  /** How many recent MRP runs are looked at for each plant's live plan. */
  private static final int RECENT_RUNS = 50;

  @Inject FloorReader reader;
  @Inject MrpRunService mrp;
  @Inject RoutingService routings;

  /**
   * The load, the live MRP runs it took planned orders from, and how many planned orders starting
   * within the chart it left out for their number.
   */
  public record Load(CapacityLoad load, List<Long> mrpRuns, int plannedOrders, int leftOut) {}

  /** The load by day from today in the plant's zone (its days start at its midnight). */
  public Load load(int days, ZoneId zone) {
    int chart = Math.max(1, Math.min(days, MAX_DAYS));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    LocalDate end = LocalDate.ofInstant(now, zone).plusDays(chart);
    List<FloorOperation> rows = new ArrayList<>(reader.open());
    Map<String, Long> release = new HashMap<>();
    rows.forEach(row -> release.putIfAbsent(row.order(), minute(now, row.startDate(), zone)));

    // the earliest MAX_PLANNED_ORDERS to start, kept while reading: the latest is dropped first
    PriorityQueue<Planned> kept =
        new PriorityQueue<>(
            Comparator.comparing((Planned p) -> p.order().releaseDate()).reversed());
    int[] seen = {0};
    List<Long> live = liveRuns();
    for (long run : live) {
      mrp.forEachPlannedOrder(
          run,
          order -> {
            if (order.type() == PlannedOrderType.PRODUCTION && order.releaseDate().isBefore(end)) {
              seen[0]++;
              kept.add(new Planned(live.size() > 1 ? run + "-" : "", order));
              if (kept.size() > MAX_PLANNED_ORDERS) {
                kept.poll();
              }
            }
          });
    }
    List<Planned> loaded = withoutConverted(kept);
    int leftOut = seen[0] - kept.size();
    Set<String> items = loaded.stream().map(p -> p.order().item()).collect(Collectors.toSet());
    Map<String, List<RoutingOperation>> routingOf = new HashMap<>();
    routings
        .operationsOf(items)
        .forEach(op -> routingOf.computeIfAbsent(op.item(), item -> new ArrayList<>()).add(op));
    Set<String> mrpOrders = new HashSet<>();
    for (Planned p : loaded) {
      String number = "MRP-" + p.run() + p.order().number();
      mrpOrders.add(number);
      release.put(number, minute(now, p.order().releaseDate(), zone));
      for (RoutingOperation operation : routingOf.getOrDefault(p.order().item(), List.of())) {
        rows.add(row(number, p.order(), operation));
      }
    }
    FloorProblem floor =
        reader
            .plant()
            .problem(
                rows,
                List.of(),
                now,
                new ScheduleRunRequest(
                    chart + SPILL_DAYS,
                    0,
                    1,
                    SchedulingProblem.Mode.FORWARD,
                    ScheduleRunRequest.DEFAULT_OBJECTIVES));
    return new Load(
        CapacityLoad.of(floor, release, mrpOrders, zone, chart), live, loaded.size(), leftOut);
  }

  /**
   * A planned order, numbered within its run (the run leads the number when plants are several).
   */
  private record Planned(String run, PlannedOrderRow order) {}

  /**
   * The planned orders still to be made: a firm one already converted into a production order is on
   * the floor, not to be counted twice.
   */
  private List<Planned> withoutConverted(Collection<Planned> planned) {
    List<Long> firm =
        planned.stream()
            .map(p -> p.order().firmPlannedOrder())
            .filter(java.util.Objects::nonNull)
            .toList();
    Set<Long> open =
        firm.isEmpty()
            ? Set.of()
            : mrp.firmPlannedOrders(firm).stream()
                .filter(FirmPlannedOrder::open)
                .map(FirmPlannedOrder::id)
                .collect(Collectors.toSet());
    return planned.stream()
        .filter(
            p ->
                p.order().firmPlannedOrder() == null || open.contains(p.order().firmPlannedOrder()))
        .toList();
  }

  /** Each plant's live plan among the recent runs. */
  private List<Long> liveRuns() {
    Map<String, Long> byPlant = new LinkedHashMap<>();
    mrp.latest(null, RECENT_RUNS).stream()
        .filter(MrpRunRecord::live)
        .forEach(run -> byPlant.putIfAbsent(run.request().plant(), run.id()));
    return List.copyOf(byPlant.values());
  }

  private static long minute(Instant now, LocalDate day, ZoneId zone) {
    return day == null ? 0 : FloorProblem.minutes(now, day.atStartOfDay(zone).toInstant());
  }

  /** A routing operation of a planned order, as the floor would hold it once the order exists. */
  private static FloorOperation row(String number, PlannedOrderRow order, RoutingOperation op) {
    return new FloorOperation(
        number,
        "PLANNED",
        order.qty(),
        order.releaseDate(),
        order.dueDate(),
        5,
        op.seq(),
        op.parentSeq(),
        op.workCenter(),
        op.setupMinutes(),
        op.runMinutes(),
        op.fixedMinutes(),
        op.queueMinutes(),
        op.moveMinutes(),
        op.overlapPct(),
        op.subcontractor(),
        op.tooling(),
        null,
        null,
        null,
        null,
        op.setupFamily(),
        op.alternateWorkCenters());
  }
}
