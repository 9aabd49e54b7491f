package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An MRP run, and an item import, whose server process is killed in the middle of them. This test
 * runs on its own, after the Arquillian suite, on the same server installation started as a plain
 * process, because it kills that process with SIGKILL and starts it again.
 */
class MrpRunCrashIT {

  private static final String RUN =
      "{\"start\": \"2027-01-04\", \"horizonDays\": 365, \"mode\": \"REGENERATIVE\","
          + " \"simulation\": false}";
  private static final Path TARGET = Path.of("target");
  private static final String REALM = "/subsystem=elytron/filesystem-realm=OfficinaRealm";
  private static final String PLANNER = "identity=" + TestUsers.PLANNER;
  private static StandaloneServer server;

  private final Api planner = Api.as(TestUsers.PLANNER);

  /** The server with the EAR deployed, a planner, and a generated plant of 4,000 items. */
  @BeforeAll
  static void serverWithAPlant() throws IOException, InterruptedException {
    server =
        new StandaloneServer(
            Path.of(System.getProperty("jboss.home")), TARGET.resolve("crash-server.log"));
    server.start();
    server.cli(REALM + ":remove-identity(" + PLANNER + ")");
    server
        .cli(
            REALM + ":add-identity(" + PLANNER + ")",
            REALM
                + ":set-password("
                + PLANNER
                + ", salted-simple-digest={password=\""
                + TestUsers.PASSWORD
                + "\", salt=bytes{0x4f,0x66,0x66,0x69,0x63,0x69,0x6e,0x61}})",
            REALM + ":add-identity-attribute(" + PLANNER + ", name=Roles, value=[planner])",
            "deploy " + System.getProperty("officina.ear") + " --force")
        .orFail();
    server.awaitPortal();
    Path plant = TARGET.resolve("crash-plant");
    Process generate =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                "../bench/target/classes",
                "org.officina.bench.GeneratePlant",
                "--items",
                "4000",
                "--seed",
                "11",
                "--out",
                plant.toString())
            .inheritIO()
            .start();
    assertThat(generate.waitFor()).isZero();
    HttpResponse<String> imported =
        Api.as(TestUsers.PLANNER)
            .postBytes("import/dataset", "application/zip", DatasetIT.zip(plant));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  @AfterAll
  static void undeployAndStop() throws IOException, InterruptedException {
    server.cli("undeploy officina.ear", REALM + ":remove-identity(" + PLANNER + ")");
    server.stop();
  }

  @Test
  void a_run_killed_with_its_server_is_run_again_at_restart_and_plans_the_same_orders_once()
      throws IOException, InterruptedException {
    JsonObject uninterrupted = MrpRuns.waitForEnd(planner, start(), Duration.ofMinutes(5));
    String expected = plannedOrders(uninterrupted);

    String killed = start();
    awaitRunning(killed);
    server.kill();
    server.start();
    server.awaitPortal();
    JsonObject resumed = MrpRuns.waitForEnd(planner, killed, Duration.ofMinutes(5));

    assertThat(resumed.getString("status")).as(resumed.toString()).isEqualTo("COMPLETED");
    assertThat(resumed.getInt("attempts")).as("attempts: killed once, then run again").isEqualTo(2);
    assertThat(resumed.getBoolean("live")).isTrue();
    String actual = plannedOrders(resumed);
    List<CSVRecord> orders = MrpRuns.csv(actual);
    assertThat(orders).hasSize(uninterrupted.getInt("planned_orders"));
    assertThat(orders.stream().map(o -> o.get("number")).distinct()).hasSize(orders.size());
    assertThat(actual).as("planned_orders.csv of the resumed run").isEqualTo(expected);
  }

  @Test
  void an_item_import_killed_with_its_server_is_taken_up_at_restart_and_imports_every_item_once()
      throws IOException, InterruptedException {
    String prefix = "CRASH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    int count = 100_000;
    HttpResponse<String> started =
        planner.post("import/items/jobs", "text/csv", ItemImportJobIT.items(prefix, count));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String job = started.headers().firstValue("Location").orElseThrow();
    Instant loading = Instant.now().plus(Duration.ofMinutes(1));
    while (Api.object(planner.get(job)).getInt("loaded") == 0) {
      assertThat(Instant.now()).as("the import never began to load").isBefore(loading);
      MrpRuns.pause(20);
    }

    server.kill();
    server.start();
    server.awaitPortal();

    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (items(prefix) < count) {
      assertThat(Instant.now()).as("the import was not taken up").isBefore(deadline);
      MrpRuns.pause(500);
    }
    assertThat(items(prefix)).isEqualTo(count);
    assertThat(Api.object(planner.get(job)).getString("status"))
        .as("the killed execution is no longer said to be running")
        .isEqualTo("FAILED");
  }

  private int items(String prefix) {
    return Api.object(planner.get("items?code=" + prefix + "&size=1")).getInt("total");
  }

  private String start() {
    HttpResponse<String> started = planner.post("mrp/runs", "application/json", RUN);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    return started.headers().firstValue("Location").orElseThrow();
  }

  /** Waits until the run is planning or writing, then lets it get well into it. */
  private void awaitRunning(String location) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (!Api.object(planner.get(location)).getString("status").equals("RUNNING")) {
      assertThat(Instant.now()).as("the run never started").isBefore(deadline);
      MrpRuns.pause(20);
    }
    MrpRuns.pause(300);
  }

  private String plannedOrders(JsonObject run) {
    HttpResponse<String> csv = planner.get("mrp/runs/" + run.getInt("id") + "/planned-orders");
    assertThat(csv.statusCode()).isEqualTo(200);
    return csv.body();
  }
}
