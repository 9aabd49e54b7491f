package org.officina.bench;

import static org.officina.bench.OfficinaRest.field;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Runs MRP on a running Officina through POST /api/v1/mrp/runs, follows the run to its end and
 * downloads its planned_orders.csv; prints the time from request to end as the server recorded it
 * (and as this client saw it), the run's own phases (load, plan, write) and its counts. Usage:
 * RunMrp START HORIZON_DAYS [URL] (user and password from OFFICINA_USER and OFFICINA_PASSWORD, by
 * default the demo's planner). The last line is the run's id.
 */
public class RunMrp {

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: RunMrp START HORIZON_DAYS [http://localhost:8080/officina]");
      System.exit(2);
    }
    String base = (args.length > 2 ? args[2] : "http://localhost:8080/officina") + "/api/v1/";
    OfficinaRest rest = OfficinaRest.fromEnvironment();
    String body =
        String.format(
            "{\"start\": \"%s\", \"horizonDays\": %s, \"mode\": \"REGENERATIVE\","
                + " \"simulation\": false}",
            args[0], args[1]);
    long t0 = System.nanoTime();
    HttpResponse<String> started =
        rest.send(
            HttpRequest.newBuilder(URI.create(base + "mrp/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (started.statusCode() != 202) {
      System.err.println("mrp run refused: HTTP " + started.statusCode() + " " + started.body());
      System.exit(1);
    }
    String location = started.headers().firstValue("Location").orElseThrow();
    String run = rest.followRun(location);
    double wall = (System.nanoTime() - t0) / 1e9;
    if (!field(run, "status").equals("COMPLETED")) {
      System.err.println("mrp run ended " + run);
      System.exit(1);
    }
    long t1 = System.nanoTime();
    HttpResponse<String> csv =
        rest.send(HttpRequest.newBuilder(URI.create(location + "/planned-orders")).GET());
    double download = (System.nanoTime() - t1) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "mrp-run: %.1f s from request to end (%.1f s seen by this client; load %s ms, plan %s ms,"
            + " write %s ms);"
            + " %s items, %s planned orders, %s pegging links, %s messages;"
            + " planned_orders.csv %d MB in %.1f s%n%s%n",
        OfficinaRest.serverSeconds(run),
        wall,
        field(run, "load_ms"),
        field(run, "plan_ms"),
        field(run, "write_ms"),
        field(run, "items_total"),
        field(run, "planned_orders"),
        field(run, "pegging_links"),
        field(run, "messages"),
        csv.body().length() >> 20,
        download,
        field(run, "id"));
  }
}
