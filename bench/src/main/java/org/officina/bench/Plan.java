package org.officina.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.officina.integration.infrastructure.exchange.DatasetFiles;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.PlanningDataset;
import org.officina.planning.infrastructure.PlannedOrdersFile;
import org.officina.planning.model.MrpEngine;
import org.officina.planning.model.MrpParameters;
import org.officina.planning.model.MrpResult;
import org.officina.planning.model.PlanningInput;
import org.officina.shared.model.ImportError;

/**
 * bench/plan: the regenerative MRP engine in-process on an exchange-format dataset. Load is reading
 * the CSV files and building the planning input; plan is the engine alone (with --runs R, each run
 * is timed and the median printed); write is planned_orders.csv with its pegging.
 */
public class Plan {

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    Path dataset = Path.of(required(options, "--dataset"));
    LocalDate start = LocalDate.parse(required(options, "--start"));
    int horizon = Integer.parseInt(required(options, "--horizon-days"));
    Path out = Path.of(required(options, "--out"));
    int runs = Integer.parseInt(options.getOrDefault("--runs", "1"));

    long t0 = System.nanoTime();
    PlanningInput input = PlanningDataset.of(read(dataset));
    long t1 = System.nanoTime();
    List<Double> seconds = new ArrayList<>();
    MrpResult result = null;
    for (int run = 0; run < runs; run++) {
      long s = System.nanoTime();
      result = new MrpEngine(MrpParameters.of(start, horizon)).plan(input);
      seconds.add((System.nanoTime() - s) / 1e9);
    }
    long t2 = System.nanoTime();
    try (Writer writer = Files.newBufferedWriter(out)) {
      PlannedOrdersFile.write(result, writer);
    }
    long t3 = System.nanoTime();
    System.gc();
    long retained = used();
    List<Double> sorted = new ArrayList<>(seconds);
    sorted.sort(null);
    System.out.printf(
        Locale.ROOT,
        "plan %s: %,d planned orders, %,d messages, %,d records beyond the horizon%n"
            + "load %.2f s, plan %.2f s (median of %d: %s), write %.2f s%n"
            + "heap: peak %,d MB (sum of pool peaks), %,d MB live after planning, max %,d MB%n",
        dataset,
        result.plannedOrderCount(),
        result.messages().size(),
        result.beyondHorizon(),
        (t1 - t0) / 1e9,
        sorted.get(sorted.size() / 2),
        runs,
        seconds.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList(),
        (t3 - t2) / 1e9,
        peak() >> 20,
        retained >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static Dataset read(Path dir) throws IOException {
    Dataset dataset = new Dataset();
    List<ImportError> errors = new ArrayList<>();
    for (String name : DatasetFiles.names()) {
      Path file = dir.resolve(name);
      if (Files.exists(file)) {
        try (Reader reader = Files.newBufferedReader(file)) {
          DatasetFiles.read(name, reader, dataset, errors::add);
        }
      }
    }
    if (!errors.isEmpty()) {
      errors.stream().limit(20).forEach(e -> System.err.println("plan: " + e));
      System.err.printf("plan: %d errors in %s, nothing planned%n", errors.size(), dir);
      System.exit(1);
    }
    return dataset;
  }

  private static long peak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  private static long used() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getUsage().getUsed())
        .sum();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        usage("unexpected " + args[i]);
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      usage("missing " + name);
    }
    return value;
  }

  private static void usage(String error) {
    System.err.println("plan: " + error);
    System.err.println(
        "usage: bench/plan --dataset DIR --start YYYY-MM-DD --horizon-days N --out FILE [--runs R]");
    System.exit(2);
  }
}
