package org.officina.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The scheduling benchmark through the server: a generated plant imported over REST, N production
 * orders created over REST (a tenth released), a scheduling run of T seconds started and followed
 * over REST, its phases and KPIs; then the run published, a declaration on a released order, and
 * how long until the rescheduler has published the floor again (and how long the re-schedule itself
 * took, as the server recorded it). Usage: SchedulePlantBench --orders N [--seed S] [--seconds T]
 * against http://localhost:8080/officina.
 */
public final class SchedulePlantBench {

  private static final String API = "http://localhost:8080/officina/api/v1/";

  private final OfficinaRest rest = OfficinaRest.fromEnvironment();

  private SchedulePlantBench() {}

  public static void main(String[] args) throws Exception {
    int orders = option(args, "--orders", 2000);
    long seed = option(args, "--seed", 7);
    int seconds = option(args, "--seconds", 60);
    int horizon = option(args, "--horizon", 180);
    new SchedulePlantBench().run(orders, seed, seconds, horizon);
  }

  /** A whole-number option's value, or its default when the arguments do not name it. */
  private static int option(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }

  private void run(int orders, long seed, int seconds, int horizon) throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Path dir = Path.of("/tmp", "officina-schedule-plant-" + orders + "-" + seed);
    List<SchedulePlantFiles.Product> products =
        SchedulePlantFiles.write(dir, Math.max(50, orders / 4), seed, today);
    long start = System.nanoTime();
    HttpResponse<String> imported =
        post("import/dataset", "application/zip", ImportDataset.zip(dir));
    check(imported, 200);
    System.out.printf("import: %.1f s%n", since(start));

    start = System.nanoTime();
    List<String> numbers = createOrders(orders, seed, today, products);
    System.out.printf("orders: %d created, a tenth released, in %.1f s%n", orders, since(start));

    String run = follow(start(seconds, horizon));
    System.out.printf(
        "run %s: %s; queued %.1f s, scheduled in %.1f s; searches: %s%n",
        OfficinaRest.field(run, "id"),
        OfficinaRest.field(run, "status"),
        between(run, "requested_at", "started_at"),
        between(run, "started_at", "ended_at"),
        run.replaceAll("(?s).*\"searches\":\\s*\"([^\"]*)\".*", "$1"));
    for (String kpi :
        List.of(
            "orders",
            "operations",
            "late_orders",
            "weighted_tardiness",
            "tardiness_minutes",
            "setup_minutes",
            "load_pct",
            "setup_pct",
            "idle_pct",
            "makespan_minutes",
            "unplaced")) {
      System.out.printf("  %s=%s%n", kpi, OfficinaRest.field(run, kpi));
    }
    String id = OfficinaRest.field(run, "id");
    check(post("schedules/" + id + "/publish", "application/json", ""), 200);
    reschedule(id, numbers.get(0));
  }

  /**
   * Orders of products drawn from the seed, 5 to 50 pieces, priority 1 to 9, due over the span the
   * plant's load needs (so that some must be late); every tenth released. Four at a time, as
   * several planners and an ERP would send them.
   */
  private List<String> createOrders(
      int orders, long seed, LocalDate today, List<SchedulePlantFiles.Product> products)
      throws Exception {
    SplittableRandom random = new SplittableRandom(seed + 1);
    long[] load = new long[SchedulePlantFiles.CENTERS];
    List<String> bodies = new ArrayList<>();
    List<int[]> drawn = new ArrayList<>();
    for (int j = 0; j < orders; j++) {
      SchedulePlantFiles.Product product = products.get(random.nextInt(products.size()));
      int qty = 5 + random.nextInt(46);
      product.operations().forEach(op -> load[op[0]] += op[1] + (long) op[2] * qty);
      drawn.add(new int[] {products.indexOf(product), qty, 1 + random.nextInt(9)});
    }
    // two units of 16 hours a weekday at 90 %: about what a center does in a calendar day
    long spanDays = 5;
    for (long minutes : load) {
      spanDays = Math.max(spanDays, minutes / (2 * 16 * 60 * 5 / 7 * 90 / 100));
    }
    for (int[] order : drawn) {
      SchedulePlantFiles.Product product = products.get(order[0]);
      long ownDays = 1 + product.minutes(order[1]) / (16 * 60);
      LocalDate due = today.plusDays(ownDays * (2 + random.nextInt(3)) + random.nextLong(spanDays));
      bodies.add(
          String.format(
              "{\"item\": \"%s\", \"qty\": %d, \"warehouse\": \"%s\", \"start_date\": \"%s\","
                  + " \"due_date\": \"%s\", \"priority\": %d}",
              product.code(), order[1], SchedulePlantFiles.WAREHOUSE, today, due, order[2]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> created = new ArrayList<>();
      for (int j = 0; j < bodies.size(); j++) {
        String body = bodies.get(j);
        boolean release = j % 10 == 0;
        created.add(pool.submit(() -> create(body, release)));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> number : created) {
        numbers.add(number.get());
      }
      return numbers;
    } finally {
      pool.shutdown();
    }
  }

  private String create(String body, boolean release) throws Exception {
    HttpResponse<String> created = post("production-orders", "application/json", body);
    check(created, 201);
    String number = OfficinaRest.field(created.body(), "number");
    if (release) {
      check(post("production-orders/" + number + "/release", "application/json", "{}"), 200);
    }
    return number;
  }

  private String start(int seconds, int horizon) throws Exception {
    HttpResponse<String> started =
        post(
            "schedules",
            "application/json",
            "{\"seconds\": " + seconds + ", \"horizon_days\": " + horizon + "}");
    check(started, 202);
    return started.headers().firstValue("Location").orElseThrow();
  }

  /** Follows a run to its end, printing its progress every few seconds while it searches. */
  private String follow(String location) throws Exception {
    String run;
    long printed = 0;
    do {
      Thread.sleep(1000);
      run = rest.send(HttpRequest.newBuilder(URI.create(location)).GET()).body();
      int at = run.indexOf("\"progress\":{");
      if (System.nanoTime() - printed > 10_000_000_000L && at >= 0) {
        printed = System.nanoTime();
        String progress = run.substring(at);
        System.out.printf(
            "  searching: %s s, unplaced %s, first objective %s by %s%n",
            OfficinaRest.field(progress, "seconds"),
            OfficinaRest.field(progress, "unplaced"),
            OfficinaRest.field(progress, "first_objective"),
            OfficinaRest.field(progress, "found_by"));
      }
    } while (!OfficinaRest.field(run, "status").matches("DRAFT|FAILED"));
    return run;
  }

  /**
   * Declares a run on the first operation of a released order and waits for the rescheduler to
   * publish the floor again: the time from the declaration to the new live run (the rescheduler
   * looks every 15 seconds), and the re-schedule's own time as the server recorded it.
   */
  private void reschedule(String published, String order) throws Exception {
    Instant declared = Instant.now();
    HttpResponse<String> declaration =
        post(
            "work-reports",
            "application/json",
            "{\"client_id\": \"bench-"
                + declared.toEpochMilli()
                + "\", \"order\": \""
                + order
                + "\", \"operation\": 10, \"kind\": \"RUN\", \"minutes\": 30, \"good_qty\": 1,"
                + " \"scrap_qty\": 0}");
    check(declaration, 201);
    String live;
    do {
      Thread.sleep(250);
      live = get("schedules/live");
    } while (OfficinaRest.field(live, "id").equals(published)
        && Duration.between(declared, Instant.now()).toSeconds() < 120);
    System.out.printf(
        "re-schedule after a declaration: live run %s -> %s after %.1f s (the rescheduler looks"
            + " every 15 s); the re-schedule itself took %.2f s%n",
        published,
        OfficinaRest.field(live, "id"),
        Duration.between(declared, Instant.now()).toMillis() / 1e3,
        between(live, "started_at", "ended_at"));
  }

  private HttpResponse<String> post(String path, String type, String body) throws Exception {
    return rest.send(
        HttpRequest.newBuilder(URI.create(API + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    return rest.send(
        HttpRequest.newBuilder(URI.create(API + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private String get(String path) throws Exception {
    return rest.send(HttpRequest.newBuilder(URI.create(API + path)).GET()).body();
  }

  private static void check(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.uri() + ": HTTP " + response.statusCode() + " " + response.body());
    }
  }

  private static double between(String json, String from, String to) {
    String a = OfficinaRest.field(json, from);
    String b = OfficinaRest.field(json, to);
    return a.isEmpty() || b.isEmpty()
        ? Double.NaN
        : Duration.between(Instant.parse(a), Instant.parse(b)).toMillis() / 1e3;
  }

  private static double since(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }
}
