package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random plants for property tests: work centers with one to three units, some with a day-shift
 * calendar and a changeover matrix, an external one; tools shared across work centers; orders of
 * one to six operations with setups, families, alternates, overlap, queue and move, material dates
 * and due dates; a few started (frozen) and locked first operations, one per unit; every other
 * plant (even seeds) scheduled backward.
 */
public final class GeneratedPlants {

  private static final String[] FAMILIES = {"A", "B", "C"};

  private GeneratedPlants() {}

  public static SchedulingProblem plant(long seed, int orders) {
    Random random = new Random(seed);
    List<Resource> resources = new ArrayList<>();
    for (int c = 0; c < 6; c++) {
      boolean shifts = random.nextBoolean();
      Availability open = shifts ? dayShifts(60) : Availability.always();
      Map<String, Map<String, Long>> changeovers = new HashMap<>();
      if (random.nextBoolean()) {
        changeovers.put("A", Map.of("B", 15L, "C", 40L));
        changeovers.put("B", Map.of("A", 25L));
      }
      resources.add(
          new Resource(
              "WC" + c,
              1 + random.nextInt(3),
              80 + random.nextInt(41),
              false,
              open,
              shifts ? "DAY" : null,
              changeovers));
    }
    resources.add(new Resource("SUB", 0, 100, true, dayShifts(90), "SUPPLIER", Map.of()));
    Map<String, Integer> tools = Map.of("T1", 1, "T2", 2);
    Set<String> fixedUnits = new HashSet<>();
    List<Job> jobs = new ArrayList<>();
    for (int j = 0; j < orders; j++) {
      List<Operation> operations = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      for (int k = 0; k < count; k++) {
        operations.add(operation(random, resources, k, k == 0 ? fixedUnits : null));
      }
      long release = random.nextInt(4) == 0 ? random.nextInt(3000) : 0;
      long due = random.nextInt(5) == 0 ? Availability.NEVER : 500 + random.nextInt(6000);
      jobs.add(
          new Job(
              "O" + j,
              random.nextInt(4),
              due,
              release,
              release > 0 ? "MAT" + j : null,
              operations));
    }
    return new SchedulingProblem(
        resources,
        tools,
        jobs,
        List.of(Objective.WEIGHTED_TARDINESS, Objective.SETUP, Objective.MAKESPAN),
        seed % 2 == 0 ? SchedulingProblem.Mode.BACKWARD : SchedulingProblem.Mode.FORWARD);
  }

  private static Operation operation(
      Random random, List<Resource> resources, int k, Set<String> fixedUnits) {
    Resource first = resources.get(random.nextInt(resources.size()));
    List<String> centers = new ArrayList<>(List.of(first.code()));
    if (!first.external() && random.nextInt(4) == 0) {
      String alternate = "WC" + random.nextInt(6);
      if (!centers.contains(alternate)) {
        centers.add(alternate);
      }
    }
    Map<String, Integer> needs = new HashMap<>();
    if (!first.external() && random.nextInt(3) == 0) {
      needs.put(random.nextBoolean() ? "T1" : "T2", 1);
    }
    Operation.Fixed fixed = null;
    int unit = first.external() ? 0 : random.nextInt(first.units());
    if (fixedUnits != null && random.nextInt(6) == 0 && fixedUnits.add(first.code() + unit)) {
      boolean frozen = random.nextBoolean();
      fixed =
          new Operation.Fixed(
              frozen ? Operation.Fixed.Kind.FROZEN : Operation.Fixed.Kind.LOCKED,
              first.code(),
              unit,
              frozen ? -random.nextInt(200) : 3000 + random.nextInt(2000),
              random.nextInt(100));
      needs.clear();
    }
    long setup = first.external() ? 0 : random.nextInt(4) * 10L;
    long run = first.external() ? 1440 : random.nextInt(300);
    return new Operation(
        10 * (k + 1),
        centers,
        setup,
        run,
        random.nextInt(4) == 0 ? null : FAMILIES[random.nextInt(3)],
        needs,
        random.nextInt(3) == 0 ? 30 : 0,
        random.nextInt(3) * 10L,
        random.nextInt(3) * 5L,
        fixed);
  }

  /** Open 06:00-22:00 on weekdays, closed on weekends, for this many days from the origin. */
  private static Availability dayShifts(int days) {
    List<Long> bounds = new ArrayList<>();
    for (int day = 0; day < days; day++) {
      if (day % 7 < 5) {
        bounds.add(day * 1440L + 360);
        bounds.add(day * 1440L + 1320);
      }
    }
    return Availability.of(bounds.stream().mapToLong(Long::longValue).toArray());
  }
}
