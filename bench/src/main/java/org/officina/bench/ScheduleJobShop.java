package org.officina.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.officina.scheduling.model.Objective;
import org.officina.scheduling.model.Placement;
import org.officina.scheduling.model.Schedule;
import org.officina.scheduling.model.Scheduler;
import org.officina.scheduling.model.SolveLimits;

/**
 * bench/schedule: a classic job-shop instance scheduled by the production engine (the dispatcher,
 * then CP-SAT's proposals built by the same schedule builder the server uses), written as
 * job,op,machine,start,end; each improvement goes to stderr as it is found, and the last line of
 * stdout is makespan=N.
 */
public class ScheduleJobShop {

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    Path file = Path.of(options.get("file"));
    double seconds = Double.parseDouble(required(options, "--seconds"));
    int seed = Integer.parseInt(options.getOrDefault("--seed", "1"));
    int workers = Integer.parseInt(options.getOrDefault("--workers", "1"));
    Path out = Path.of(required(options, "--out"));

    JobShopInstance instance = JobShopInstance.parse(Files.readString(file));
    Scheduler scheduler = Engines.scheduler();
    Schedule schedule =
        scheduler.schedule(
            instance.problem(),
            new SolveLimits(seconds, seed, workers, null),
            progress ->
                System.err.printf(
                    "%8.3f s  makespan %d  (%s)%n",
                    progress.elapsedMillis() / 1000.0,
                    progress.score()[progress.score().length - 1],
                    progress.by()));
    try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
      writer.println("job,op,machine,start,end");
      for (Placement placement : schedule.placements()) {
        writer.printf(
            "%d,%d,%s,%d,%d%n",
            placement.job(),
            placement.index(),
            placement.workCenter().substring(1),
            placement.start(),
            placement.end());
      }
    }
    System.out.println("makespan=" + schedule.value(Objective.MAKESPAN));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        options.put(args[i], args[++i]);
      } else if (options.putIfAbsent("file", args[i]) != null) {
        throw new IllegalArgumentException("one instance file, please: " + args[i]);
      }
    }
    if (!options.containsKey("file")) {
      throw new IllegalArgumentException(
          "usage: bench/schedule FILE --seconds S [--seed N] [--workers W] --out CSV");
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }
}
