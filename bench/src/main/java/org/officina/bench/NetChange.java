package org.officina.bench;

import static org.officina.bench.OfficinaRest.field;

import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Net change on a running Officina whose live plan was made from an exchange-format dataset: N
 * times, changes a line of its demand (POST /api/v1/import/demand): a sales order line one more,
 * and every other time, when the dataset has allocations, an allocation halved, as an issue of half
 * the material to an open order leaves it; then runs NET_CHANGE over REST and times it from request
 * to end. Prints each run and the median. With --verify, then downloads the live plan's
 * planned_orders.csv, runs a regeneration with the same settings, downloads its file, and checks
 * that both hold the same planned orders with the same pegging, whatever their numbers.
 *
 * <p>Usage: NetChange DATASET_DIR N [--verify] [URL] (user and password from OFFICINA_USER and
 * OFFICINA_PASSWORD, by default the demo's planner).
 */
public class NetChange {

  private static final java.math.BigDecimal TWO = java.math.BigDecimal.valueOf(2);
  private static OfficinaRest rest;
  private static String base;

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: NetChange DATASET_DIR N [--verify] [http://localhost:8080/officina]");
      System.exit(2);
    }
    Path dataset = Path.of(args[0]);
    int changes = Integer.parseInt(args[1]);
    boolean verify = Arrays.asList(args).contains("--verify");
    String url =
        Arrays.stream(args)
            .skip(2)
            .filter(a -> a.startsWith("http"))
            .findFirst()
            .orElse("http://localhost:8080/officina");
    base = url + "/api/v1/";
    rest = OfficinaRest.fromEnvironment();
    List<String> lines = Files.readAllLines(dataset.resolve("demand.csv"));
    String header = lines.get(0);
    List<String> sales = lines.stream().filter(l -> l.startsWith("SALES,")).toList();
    List<String> allocations =
        lines.stream()
            .filter(l -> l.startsWith("ALLOCATION,"))
            .filter(l -> new java.math.BigDecimal(l.split(",", -1)[4]).compareTo(TWO) >= 0)
            .toList();
    double[] walls = new double[changes];
    List<Double> issues = new java.util.ArrayList<>();
    String last = null;
    for (int k = 0; k < changes; k++) {
      boolean issue = k % 2 == 1 && !allocations.isEmpty();
      List<String> from = issue ? allocations : sales;
      String[] fields = from.get((int) ((long) k * from.size() / changes)).split(",", -1);
      java.math.BigDecimal qty = new java.math.BigDecimal(fields[4]);
      fields[4] =
          (issue
                  ? qty.divide(TWO, qty.scale(), java.math.RoundingMode.DOWN)
                  : qty.add(java.math.BigDecimal.ONE))
              .toPlainString();
      HttpResponse<String> imported =
          rest.send(
              request("import/demand")
                  .header("Content-Type", "text/csv")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          header + "\n" + String.join(",", fields) + "\n")));
      check(imported, 200, "demand change");
      String run = runToTheEnd("{\"mode\": \"NET_CHANGE\"}");
      walls[k] = OfficinaRest.serverSeconds(run);
      if (issue) {
        issues.add(walls[k]);
      }
      last = run;
      System.out.printf(
          Locale.ROOT,
          "net change after %s %s/%s (%s) changed: %.2f s from request to end (load %s ms, plan"
              + " %s ms, write %s ms); %s items re-planned, %s planned orders%n",
          issue ? "half the material issued to" : "sales line",
          fields[1],
          fields[2],
          fields[3],
          walls[k],
          field(run, "load_ms"),
          field(run, "plan_ms"),
          field(run, "write_ms"),
          field(run, "items_total"),
          field(run, "planned_orders"));
    }
    double[] sorted = walls.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "net change: median %.2f s of %d (min %.2f, max %.2f)%n",
        sorted[sorted.length / 2],
        changes,
        sorted[0],
        sorted[sorted.length - 1]);
    if (!issues.isEmpty()) {
      issues.sort(null);
      System.out.printf(
          Locale.ROOT,
          "net change after an issue of material: median %.2f s of %d (max %.2f)%n",
          issues.get(issues.size() / 2),
          issues.size(),
          issues.get(issues.size() - 1));
    }
    if (verify) {
      Map<String, Long> changed = canonical(field(last, "id"));
      String regeneration =
          runToTheEnd(
              String.format(
                  "{\"start\": \"%s\", \"horizonDays\": %s, \"mode\": \"REGENERATIVE\"}",
                  field(last, "start"), field(last, "horizon_days")));
      Map<String, Long> full = canonical(field(regeneration, "id"));
      long orders = full.values().stream().mapToLong(Long::longValue).sum();
      System.out.println(
          changed.equals(full)
              ? "same plan as a regeneration: " + orders + " planned orders with their pegging"
              : "DIFFERENT from a regeneration: " + difference(changed, full));
      if (!changed.equals(full)) {
        System.exit(1);
      }
    }
  }

  private static String difference(Map<String, Long> a, Map<String, Long> b) {
    List<String> only = new ArrayList<>();
    a.forEach(
        (k, v) -> {
          if (!v.equals(b.get(k))) only.add("net change: " + k);
        });
    b.forEach(
        (k, v) -> {
          if (!v.equals(a.get(k))) only.add("regeneration: " + k);
        });
    return only.size() + " lines differ, e.g. " + only.subList(0, Math.min(6, only.size()));
  }

  /**
   * A run's planned orders as counted lines, each order named by its item and due date (an item has
   * one planned order a day), and so are the orders it is pegged to.
   */
  private static Map<String, Long> canonical(String run) throws Exception {
    Path file = Files.createTempFile("planned-orders", ".csv");
    try {
      HttpResponse<Path> response =
          rest.send(
              request("mrp/runs/" + run + "/planned-orders").GET(),
              HttpResponse.BodyHandlers.ofFile(file));
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "planned orders of run " + run + ": " + response.statusCode());
      }
      Map<String, String> names = new HashMap<>();
      List<String> columns;
      try (BufferedReader in = Files.newBufferedReader(file)) {
        columns = List.of(in.readLine().split(","));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] f = split(line);
          names.put(
              f[columns.indexOf("number")],
              f[columns.indexOf("item")] + "@" + f[columns.indexOf("due_date")]);
        }
      }
      Map<String, Long> counted = new HashMap<>();
      try (BufferedReader in = Files.newBufferedReader(file)) {
        in.readLine();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] f = split(line);
          String[] pegs = f[columns.indexOf("pegged_to")].split(";");
          for (int k = 0; k < pegs.length; k++) {
            pegs[k] = names.getOrDefault(pegs[k], pegs[k]);
          }
          Arrays.sort(pegs);
          String key =
              names.get(f[columns.indexOf("number")])
                  + " "
                  + f[columns.indexOf("type")]
                  + " "
                  + f[columns.indexOf("qty")]
                  + " "
                  + f[columns.indexOf("release_date")]
                  + " "
                  + String.join(";", pegs);
          counted.merge(key, 1L, Long::sum);
        }
      }
      return counted;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** A line of planned_orders.csv: its fields hold no commas but may be quoted. */
  private static String[] split(String line) {
    String[] fields = line.split(",", -1);
    for (int k = 0; k < fields.length; k++) {
      if (fields[k].length() >= 2 && fields[k].startsWith("\"")) {
        fields[k] = fields[k].substring(1, fields[k].length() - 1);
      }
    }
    return fields;
  }

  private static String runToTheEnd(String body) throws Exception {
    HttpResponse<String> started =
        rest.send(
            request("mrp/runs")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    check(started, 202, "mrp run");
    String location = started.headers().firstValue("Location").orElseThrow();
    String run = rest.followRun(location);
    if (!field(run, "status").equals("COMPLETED")) {
      System.err.println("mrp run ended " + run);
      System.exit(1);
    }
    return run;
  }

  private static void check(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      System.err.println(what + " refused: HTTP " + response.statusCode() + " " + response.body());
      System.exit(1);
    }
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }
}
