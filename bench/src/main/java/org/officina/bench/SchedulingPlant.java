package org.officina.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.officina.scheduling.model.Availability;
import org.officina.scheduling.model.Job;
import org.officina.scheduling.model.Objective;
import org.officina.scheduling.model.Operation;
import org.officina.scheduling.model.Resource;
import org.officina.scheduling.model.SchedulingProblem;

/**
 * A realistic plant for the scheduling engine, drawn from a seed: 40 work centers in 8 departments
 * (one to three units, 85-100 % rate; two shifts 06:00-22:00 on weekdays, every fifth center three
 * shifts, a holiday every third week), one subcontractor, setup families with a changeover matrix
 * per center, 15 tools (two to four of each) shared across centers; orders of 3 to 10 operations
 * that flow through the departments, some waiting for material, a few already started, with due
 * dates spread so that the plant is loaded at about 90 % and some orders must be late. The horizon
 * is long enough for all of it to fit.
 */
final class SchedulingPlant {

  static final int CENTERS = 40;
  private static final int DEPARTMENTS = 8;
  private static final int FAMILIES = 6;
  private static final int TOOLS = 15;
  private static final long DAY = 1440;

  private SchedulingPlant() {}

  static SchedulingProblem generate(int orders, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] units = new int[CENTERS];
    int[] rates = new int[CENTERS];
    for (int c = 0; c < CENTERS; c++) {
      units[c] = 1 + random.nextInt(3);
      rates[c] = 85 + random.nextInt(16);
    }
    List<Job> jobs = new ArrayList<>();
    long[] work = new long[CENTERS];
    for (int j = 0; j < orders; j++) {
      List<Operation> operations = new ArrayList<>();
      int count = 3 + random.nextInt(8);
      int department = random.nextInt(DEPARTMENTS);
      for (int k = 0; k < count; k++) {
        // half the time the next operation stays in the department, else it moves to any other
        department = random.nextBoolean() ? department : random.nextInt(DEPARTMENTS);
        Operation operation = operation(random, k, department, units, j < orders / 100);
        if (!operation.workCenters().get(0).equals("SUB")) {
          work[Integer.parseInt(operation.workCenters().get(0).substring(2)) - 1] +=
              operation.setup() + operation.run();
        }
        operations.add(operation);
      }
      jobs.add(new Job("PO" + j, 0, 0, 0, null, operations));
    }
    // the days the most loaded center needs at full capacity: the span due dates are spread over
    long loadDays = 5;
    for (int c = 0; c < CENTERS; c++) {
      long perDay = units[c] * (c % 5 == 0 ? 24 : 16) * 60L * 5 / 7 * rates[c] / 100;
      loadDays = Math.max(loadDays, work[c] / perDay);
    }
    List<Job> dated = new ArrayList<>();
    for (Job job : jobs) {
      dated.add(withDates(job, random, loadDays));
    }
    int horizonDays = (int) (3 * loadDays + 60);
    return new SchedulingProblem(
        resources(random, units, rates, horizonDays),
        tools(),
        dated,
        List.of(Objective.WEIGHTED_TARDINESS, Objective.SETUP, Objective.FLOW_TIME));
  }

  /**
   * Due dates spread over the load's span, each at least two to four times the order's own work
   * after its material; weight from a priority of 1 to 5.
   */
  private static Job withDates(Job job, SplittableRandom random, long loadDays) {
    long release = random.nextInt(10) == 0 ? random.nextLong(loadDays / 3 + 1) * DAY + 360 : 0;
    long own = job.operations().stream().mapToLong(op -> op.setup() + op.run()).sum();
    long due = release + own * (2 + random.nextInt(3)) + random.nextLong(loadDays + 1) * DAY;
    return new Job(
        job.code(),
        1 + random.nextInt(5),
        due,
        release,
        release > 0 ? "RAW-" + random.nextInt(500) : null,
        job.operations());
  }

  private static Operation operation(
      SplittableRandom random, int k, int department, int[] units, boolean started) {
    int seq = 10 * (k + 1);
    if (random.nextInt(20) == 0) {
      long lead = (3 + random.nextInt(5)) * DAY;
      return new Operation(seq, List.of("SUB"), 0, lead, null, Map.of(), 0, 0, 0, null);
    }
    int center = center(random, department, units);
    List<String> centers = new ArrayList<>(List.of(code(center)));
    if (random.nextInt(8) == 0) {
      centers.add(code(center(random, department, units)));
    }
    Map<String, Integer> tools = new HashMap<>();
    if (random.nextInt(6) == 0) {
      tools.put("T" + random.nextInt(TOOLS), 1);
    }
    long setup = 15 + random.nextInt(76);
    long run = 30 + random.nextInt(571);
    Operation.Fixed fixed =
        started && k == 0
            ? new Operation.Fixed(
                Operation.Fixed.Kind.FROZEN, code(center), 0, -random.nextInt(120), run / 2)
            : null;
    return new Operation(
        seq,
        fixed == null ? centers.stream().distinct().toList() : List.of(code(center)),
        setup,
        run,
        "F" + random.nextInt(FAMILIES),
        fixed == null ? tools : Map.of(),
        random.nextInt(5) == 0 ? 50 : 0,
        random.nextInt(4) * 15L,
        random.nextInt(3) * 10L,
        fixed);
  }

  /**
   * A center of the department, drawn in proportion to its units, so that load follows capacity.
   */
  private static int center(SplittableRandom random, int department, int[] units) {
    int first = department * (CENTERS / DEPARTMENTS);
    int total = 0;
    for (int c = first; c < first + CENTERS / DEPARTMENTS; c++) {
      total += units[c];
    }
    int draw = random.nextInt(total);
    int c = first;
    while (draw >= units[c]) {
      draw -= units[c++];
    }
    return c;
  }

  private static List<Resource> resources(
      SplittableRandom random, int[] units, int[] rates, int days) {
    Availability twoShifts = shifts(days, 360, 1320);
    Availability threeShifts = shifts(days, 0, 1440);
    List<Resource> resources = new ArrayList<>();
    for (int c = 0; c < CENTERS; c++) {
      Map<String, Map<String, Long>> changeovers = new HashMap<>();
      for (int from = 0; from < FAMILIES; from++) {
        Map<String, Long> row = new HashMap<>();
        for (int to = 0; to < FAMILIES; to++) {
          if (to != from && random.nextBoolean()) {
            row.put("F" + to, 10L + random.nextInt(51));
          }
        }
        changeovers.put("F" + from, row);
      }
      boolean allDay = c % 5 == 0;
      resources.add(
          new Resource(
              code(c),
              units[c],
              rates[c],
              false,
              allDay ? threeShifts : twoShifts,
              allDay ? "3-SHIFTS" : "2-SHIFTS",
              changeovers));
    }
    resources.add(new Resource("SUB", 0, 100, true, shifts(days, 0, 1440), "SUPPLIER", Map.of()));
    return resources;
  }

  /** Open from one minute of the day to another on weekdays; a holiday every third Wednesday. */
  private static Availability shifts(int days, long from, long to) {
    List<Long> bounds = new ArrayList<>();
    for (int day = 0; day < days; day++) {
      boolean weekend = day % 7 >= 5;
      boolean holiday = day % 21 == 2;
      if (!weekend && !holiday) {
        bounds.add(day * DAY + from);
        bounds.add(day * DAY + to);
      }
    }
    return Availability.of(bounds.stream().mapToLong(Long::longValue).toArray());
  }

  private static Map<String, Integer> tools() {
    Map<String, Integer> tools = new HashMap<>();
    for (int t = 0; t < TOOLS; t++) {
      tools.put("T" + t, 2 + t % 3);
    }
    return tools;
  }

  static String code(int center) {
    return String.format("WC%02d", center + 1);
  }
}
