package org.officina.scheduling.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Capacity requirements planning: the load of every work center per day at infinite capacity
 * against what it can do. Each order's operations are placed one after another from the day it
 * starts (or now), on their work center's calendar and rate, as if the center had room for all of
 * them at once (on their own work center, not an alternate); a day's load is the standard minutes
 * of work falling into that day, its capacity the day's open minutes × units × efficiency ×
 * utilisation. What does not end within the horizon is counted apart, not silently left out.
 */
public final class CapacityLoad {

  /** A work center's load and capacity over one period (a day, or a week from its Monday). */
  public record Bucket(
      String workCenter, LocalDate from, long loadMinutes, long plannedMinutes, long capacity) {

    /** The load in percent of the capacity (0 when there is none and no load). */
    public long loadPct() {
      if (capacity == 0) {
        return loadMinutes == 0 ? 0 : Long.MAX_VALUE;
      }
      return Math.round(100.0 * loadMinutes / capacity);
    }

    public boolean overloaded() {
      return loadMinutes > capacity;
    }
  }

  private final List<Bucket> days;
  private final int beyondHorizon;

  private CapacityLoad(List<Bucket> days, int beyondHorizon) {
    this.days = List.copyOf(days);
    this.beyondHorizon = beyondHorizon;
  }

  /**
   * The load of the floor's orders, each starting no sooner than its release (minutes from the
   * floor's origin, by order number; now when absent); the orders in planned are MRP's, counted
   * apart in each bucket. Days from the origin's date in the zone, for days days.
   */
  public static CapacityLoad of(
      FloorProblem floor, Map<String, Long> release, Set<String> planned, ZoneId zone, int days) {
    SchedulingProblem finite = floor.problem();
    List<Resource> resources =
        finite.resources().stream()
            .map(
                r ->
                    new Resource(
                        r.code(),
                        r.units(),
                        r.ratePct(),
                        true,
                        r.availability(),
                        r.calendar(),
                        Map.of()))
            .toList();
    List<Job> jobs = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    for (int j = 0; j < finite.jobs().size(); j++) {
      Job job = finite.jobs().get(j);
      long from = Math.max(0, release.getOrDefault(floor.order(j), 0L));
      jobs.add(
          new Job(
              job.code(),
              job.weight(),
              job.due(),
              from,
              null,
              job.operations().stream().map(CapacityLoad::withoutTools).toList()));
      for (int index = 0; index < job.operations().size(); index++) {
        steps.add(Step.of(j, index));
      }
    }
    SchedulingProblem infinite =
        new SchedulingProblem(
            resources, Map.of(), jobs, finite.objectives(), SchedulingProblem.Mode.FORWARD);
    Schedule schedule = ScheduleBuilder.build(infinite, steps);

    LocalDate first = LocalDate.ofInstant(floor.origin(), zone);
    long[] bounds = new long[days + 1];
    for (int d = 0; d <= days; d++) {
      Instant start = first.plusDays(d).atStartOfDay(zone).toInstant();
      bounds[d] = Math.max(0, FloorProblem.minutes(floor.origin(), start));
    }
    Map<String, Resource> centers = new LinkedHashMap<>();
    resources.stream()
        .filter(r -> !FloorProblem.isSubcontractor(r.code()))
        .forEach(r -> centers.put(r.code(), r));
    Map<String, long[][]> loads = new LinkedHashMap<>();
    centers.keySet().forEach(code -> loads.put(code, new long[2][days]));
    int beyond = 0;
    for (int j = 0; j < jobs.size(); j++) {
      boolean mrp = planned.contains(floor.order(j));
      for (int index = 0; index < jobs.get(j).operations().size(); index++) {
        Placement placement = schedule.placement(j, index);
        Resource center = placement.scheduled() ? centers.get(placement.workCenter()) : null;
        if (!placement.scheduled() || placement.end() > bounds[days]) {
          beyond++;
        }
        if (center == null) {
          continue;
        }
        long[] load = loads.get(center.code())[mrp ? 1 : 0];
        // only the days the operation spans: the first whose end is after its start, on
        int found = Arrays.binarySearch(bounds, placement.start());
        for (int d = Math.max(0, found >= 0 ? found : -found - 2);
            d < days && bounds[d] < placement.end();
            d++) {
          long open =
              center
                  .availability()
                  .workBetween(
                      Math.max(placement.start(), bounds[d]),
                      Math.min(placement.end(), bounds[d + 1]));
          load[d] += standard(open, center);
        }
      }
    }
    List<Bucket> buckets = new ArrayList<>();
    centers.forEach(
        (code, center) -> {
          long[][] load = loads.get(code);
          for (int d = 0; d < days; d++) {
            long open = center.availability().workBetween(bounds[d], bounds[d + 1]);
            buckets.add(
                new Bucket(
                    code,
                    first.plusDays(d),
                    load[0][d] + load[1][d],
                    load[1][d],
                    standard(open, center) * center.units()));
          }
        });
    return new CapacityLoad(buckets, beyond);
  }

  /** Each work center's days, in order of work center then day. */
  public List<Bucket> days() {
    return days;
  }

  /** The days summed by week (from Monday). */
  public List<Bucket> weeks() {
    Map<String, TreeMap<LocalDate, long[]>> byCenter = new LinkedHashMap<>();
    for (Bucket day : days) {
      LocalDate monday = day.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      long[] sum =
          byCenter
              .computeIfAbsent(day.workCenter(), c -> new TreeMap<>())
              .computeIfAbsent(monday, m -> new long[3]);
      sum[0] += day.loadMinutes();
      sum[1] += day.plannedMinutes();
      sum[2] += day.capacity();
    }
    List<Bucket> weeks = new ArrayList<>();
    byCenter.forEach(
        (center, byWeek) ->
            byWeek.forEach(
                (monday, sum) -> weeks.add(new Bucket(center, monday, sum[0], sum[1], sum[2]))));
    return weeks;
  }

  /** How many operations end after the last day, or could not be placed at all. */
  public int beyondHorizon() {
    return beyondHorizon;
  }

  /**
   * An operation as the load counts it: on its own work center (an alternate is the scheduler's
   * choice, not a requirement) unless it is fixed elsewhere, holding no tools (the load is of work
   * centers).
   */
  private static Operation withoutTools(Operation operation) {
    return new Operation(
        operation.seq(),
        operation.isFixed() ? operation.workCenters() : List.of(operation.workCenters().get(0)),
        operation.setup(),
        operation.run(),
        operation.family(),
        Map.of(),
        operation.overlapPct(),
        operation.queue(),
        operation.move(),
        operation.fixed());
  }

  /** Open minutes of a unit at the center's rate, as minutes of standard work. */
  private static long standard(long open, Resource center) {
    return Math.round(open * center.ratePct() / 100.0);
  }
}
