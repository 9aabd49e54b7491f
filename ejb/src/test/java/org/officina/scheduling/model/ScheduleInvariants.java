package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every schedule must keep, whoever proposed its sequence: each operation placed once on a
 * unit of one of its work centers, no unit running two operations at once, no tool held beyond its
 * count, each operation after the one before it (overlap, move and queue as allowed) and after its
 * material, working only in open time with its setup in one piece, and fixed operations where they
 * were fixed.
 */
public final class ScheduleInvariants {

  private ScheduleInvariants() {}

  public static void check(Schedule schedule) {
    SchedulingProblem problem = schedule.problem();
    Map<String, Resource> resources = new HashMap<>();
    problem.resources().forEach(resource -> resources.put(resource.code(), resource));
    Map<String, List<Placement>> byUnit = new HashMap<>();
    Map<String, List<long[]>> toolUse = new HashMap<>();
    for (int job = 0; job < problem.jobs().size(); job++) {
      Job order = problem.jobs().get(job);
      for (int index = 0; index < order.operations().size(); index++) {
        Operation operation = order.operations().get(index);
        Placement placement = schedule.placement(job, index);
        String where = order.code() + "/" + operation.seq();
        assertThat(placement.job()).as(where).isEqualTo(job);
        assertThat(placement.index()).as(where).isEqualTo(index);
        if (!placement.scheduled()) {
          assertThat(placement.cause()).as(where + " says why it is unplaced").isNotNull();
          continue;
        }
        Resource resource = resources.get(placement.workCenter());
        assertThat(operation.workCenters()).as(where).contains(placement.workCenter());
        assertThat(placement.unit()).as(where).isBetween(0, resource.rows() - 1);
        checkTimes(schedule, job, index, resource, where);
        if (!resource.external()) {
          byUnit
              .computeIfAbsent(resource.code() + "#" + placement.unit(), unit -> new ArrayList<>())
              .add(placement);
        }
        operation
            .tools()
            .forEach(
                (tool, count) ->
                    toolUse
                        .computeIfAbsent(tool, t -> new ArrayList<>())
                        .add(new long[] {placement.start(), placement.end(), count}));
      }
    }
    byUnit.forEach(ScheduleInvariants::checkOneAtATime);
    toolUse.forEach((tool, uses) -> checkToolCount(tool, uses, problem.tools().get(tool)));
  }

  private static void checkTimes(
      Schedule schedule, int job, int index, Resource resource, String where) {
    Job order = schedule.problem().jobs().get(job);
    Operation operation = order.operations().get(index);
    Placement placement = schedule.placement(job, index);
    Operation.Fixed fixed = operation.fixed();
    Availability open = resource.availability();
    if (fixed != null) {
      assertThat(placement.start()).as(where + " stays where it is fixed").isEqualTo(fixed.start());
      assertThat(placement.unit()).as(where + " stays on its unit").isEqualTo(fixed.unit());
      assertThat(placement.workCenter()).as(where).isEqualTo(fixed.workCenter());
      return;
    }
    long run = resource.work(operation.run());
    assertThat(open.workBetween(placement.start(), placement.end()))
        .as(where + " works only in open time")
        .isEqualTo(placement.setup() + run);
    assertThat(open.isOpen(placement.start()) || placement.end() == placement.start())
        .as(where + " starts in open time")
        .isTrue();
    assertThat(open.workBetween(placement.start(), placement.setupEnd()))
        .as(where + " keeps its setup in one piece")
        .isEqualTo(placement.setupEnd() - placement.start());
    if (index == 0) {
      assertThat(placement.start())
          .as(where + " waits for its material")
          .isGreaterThanOrEqualTo(Math.max(0, order.release()) + operation.queue());
      return;
    }
    Operation previous = order.operations().get(index - 1);
    Placement before = schedule.placement(job, index - 1);
    long lag = previous.move() + operation.queue();
    if (previous.overlapPct() == 0) {
      assertThat(placement.start())
          .as(where + " follows the operation before")
          .isGreaterThanOrEqualTo(before.end() + lag);
    } else {
      assertThat(placement.start())
          .as(where + " overlaps no more than allowed")
          .isGreaterThanOrEqualTo(before.setupEnd() + lag);
      assertThat(placement.end())
          .as(where + " does not end before the operation before")
          .isGreaterThanOrEqualTo(before.end() + previous.move());
    }
  }

  private static void checkOneAtATime(String unit, List<Placement> placements) {
    placements.sort(Comparator.comparingLong(Placement::start));
    for (int i = 1; i < placements.size(); i++) {
      Placement before = placements.get(i - 1);
      Placement after = placements.get(i);
      if (after.end() > after.start() && before.end() > before.start()) {
        assertThat(after.start())
            .as(unit + " runs one operation at a time")
            .isGreaterThanOrEqualTo(before.end());
      }
    }
  }

  private static void checkToolCount(String tool, List<long[]> uses, int available) {
    for (long[] use : uses) {
      long atStart =
          uses.stream()
              .filter(other -> other[0] <= use[0] && other[1] > use[0])
              .mapToLong(other -> other[2])
              .sum();
      assertThat(atStart).as("tool " + tool + " at " + use[0]).isLessThanOrEqualTo(available);
    }
  }
}
