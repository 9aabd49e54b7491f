package org.officina.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.officina.scheduling.model.Objective;
import org.officina.scheduling.model.Schedule;
import org.officina.scheduling.model.ScheduleBuilder;
import org.officina.scheduling.model.Scheduler;
import org.officina.scheduling.model.SchedulingProblem;
import org.officina.scheduling.model.SolveLimits;

/**
 * bench/schedule-engine: the scheduling engine in-process on a generated plant (SchedulingPlant):
 * the first schedule, the search's improvements as they come (stderr), the KPIs of both, the time
 * to build the schedule again from its sequence (what an incremental re-schedule does), the heap
 * after a collection and the process's peak resident memory (the solver's native memory included).
 */
public class ScheduleEngineBench {

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    int orders = Integer.parseInt(options.getOrDefault("--orders", "2000"));
    long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
    double seconds = Double.parseDouble(options.getOrDefault("--seconds", "60"));
    int workers = Integer.parseInt(options.getOrDefault("--workers", "1"));

    long t0 = System.nanoTime();
    SchedulingProblem problem = SchedulingPlant.generate(orders, seed);
    long t1 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "plant: %d orders, %d operations, %d work centers (%.2f s)%n",
        orders,
        problem.operationCount(),
        problem.resources().size(),
        (t1 - t0) / 1e9);
    Schedule[] first = new Schedule[1];
    Scheduler scheduler = Engines.scheduler();
    Schedule best =
        scheduler.schedule(
            problem,
            new SolveLimits(seconds, (int) seed, workers, null),
            progress -> {
              if (first[0] == null) {
                first[0] = scheduler.best();
                System.out.printf(
                    Locale.ROOT, "first schedule: %.2f s%n", progress.elapsedMillis() / 1000.0);
                System.out.println("  " + kpis(first[0]));
              } else {
                System.err.printf(
                    Locale.ROOT,
                    "%8.2f s  weighted tardiness %d%n",
                    progress.elapsedMillis() / 1000.0,
                    progress.score()[1]);
              }
            });
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "search: %.2f s%n", (t2 - t1) / 1e9);
    System.out.println("  " + kpis(best));
    System.out.printf(
        Locale.ROOT,
        "weighted tardiness: %.1f %% of the first schedule's%n",
        100.0
            * best.value(Objective.WEIGHTED_TARDINESS)
            / Math.max(1, first[0].value(Objective.WEIGHTED_TARDINESS)));
    long t3 = System.nanoTime();
    System.out.println("rebuilt " + kpis(ScheduleBuilder.build(problem, best.sequence())));
    long t4 = System.nanoTime();
    System.out.printf(Locale.ROOT, "rebuild from the sequence: %.3f s%n", (t4 - t3) / 1e9);
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf(
        Locale.ROOT, "heap after GC: %d MB, peak resident: %s%n", heap >> 20, peakResident());
  }

  private static String kpis(Schedule schedule) {
    int late = 0;
    for (int job = 0; job < schedule.problem().jobs().size(); job++) {
      late += schedule.tardiness(job) > 0 ? 1 : 0;
    }
    return String.format(
        Locale.ROOT,
        "late orders %d, weighted tardiness %d min, setup %d min, flow %d min, makespan %d min,"
            + " unplaced %d",
        late,
        schedule.value(Objective.WEIGHTED_TARDINESS),
        schedule.value(Objective.SETUP),
        schedule.value(Objective.FLOW_TIME),
        schedule.value(Objective.MAKESPAN),
        schedule.unscheduled());
  }

  private static String peakResident() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return line.substring(6).strip();
      }
    }
    return "unknown";
  }
}
