package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The items-import batch job: large files in checkpointed chunks, refused files with nothing
 * written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ItemImportJobIT {

  private static final int LARGE = 100_000;
  private final Api planner = Api.as(TestUsers.PLANNER);
  private final String prefix =
      "JOB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  static String items(String prefix, int count) {
    StringBuilder csv =
        new StringBuilder(
            "code,description,uom,supply_type,lead_time_days,lot_rule,lot_qty,safety_stock\n");
    String[] supply = {"MAKE", "BUY", "SUBCONTRACT", "BUY", "BUY"};
    for (int i = 0; i < count; i++) {
      csv.append(prefix)
          .append(i)
          .append(",Generated part ")
          .append(i)
          .append(",PCS,")
          .append(supply[i % supply.length])
          .append(',')
          .append(i % 20)
          .append(i % 3 == 0 ? ",FOQ,50," : ",LFL,,")
          .append(i % 7)
          .append('\n');
    }
    return csv.toString();
  }

  private JsonObject awaitEnd(HttpResponse<String> started) throws InterruptedException {
    return awaitEnd(started, started.headers().firstValue("Location").orElseThrow());
  }

  private JsonObject awaitEnd(HttpResponse<String> started, String location)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    JsonObject job = Api.object(started);
    while (System.nanoTime() < deadline) {
      job = Api.object(planner.get(location));
      String status = job.getString("status");
      if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
        return job;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the import job did not end in 5 minutes: " + job);
  }

  @Test
  void a_hundred_thousand_items_load_in_chunks_and_the_job_reports_its_counts() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> started =
        planner.post("import/items/jobs", "text/csv", items(prefix, LARGE));
    assertThat(started.statusCode()).isEqualTo(202);
    JsonObject job = awaitEnd(started);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "items-import of %,d items: %,d ms (%,.0f items/s)%n",
        LARGE, millis, LARGE * 1000.0 / millis);

    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getInt("rows")).isEqualTo(LARGE);
    assertThat(job.getInt("created")).isEqualTo(LARGE);
    assertThat(job.getInt("percent")).isEqualTo(100);
    assertThat(job.getString("started_by")).isEqualTo(TestUsers.PLANNER);
    assertThat(Api.object(planner.get("items?code=" + prefix + "&size=1")).getInt("total"))
        .isEqualTo(LARGE);
    JsonObject sample = Api.object(planner.get("items/" + prefix + "99999"));
    assertThat(sample.getString("lot_rule")).isEqualTo("FOQ");
    assertThat(sample.getString("created_by")).isEqualTo(TestUsers.PLANNER);
  }

  @Test
  void a_file_with_errors_fails_the_job_with_its_lines_and_writes_nothing() throws Exception {
    String csv =
        items(prefix, 3000)
            .replace(
                prefix + "2500,Generated part 2500,PCS", prefix + "2500,Generated part 2500,BOX");
    JsonObject job = awaitEnd(planner.post("import/items/jobs", "text/csv", csv));
    assertThat(job.getString("status")).isEqualTo("FAILED");
    assertThat(job.getString("exit_status")).isEqualTo("INVALID");
    assertThat(job.getInt("error_count")).isEqualTo(1);
    JsonObject error = job.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getInt("line")).isEqualTo(2502);
    assertThat(error.getString("column")).isEqualTo("uom");
    assertThat(Api.object(planner.get("items?code=" + prefix + "&size=1")).getInt("total"))
        .isZero();
  }

  @Test
  void a_stopped_import_restarts_from_its_last_checkpoint_and_loads_every_item_once()
      throws Exception {
    int rows = 40_000;
    HttpResponse<String> started =
        planner.post("import/items/jobs", "text/csv", items(prefix + "R", rows));
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonObject running = awaitLoaded(location, 1000);
    assertThat(planner.post(location + "/stop", "text/plain", "").statusCode()).isEqualTo(202);
    JsonObject stopped = awaitEnd(planner.get(location), location);
    assertThat(stopped.getString("status")).isEqualTo("STOPPED");
    assertThat(stopped.getInt("loaded")).isBetween(running.getInt("loaded"), rows - 1);

    HttpResponse<String> restarted = planner.post(location + "/restart", "text/plain", "");
    assertThat(restarted.statusCode()).isEqualTo(202);
    JsonObject done = awaitEnd(restarted, restarted.headers().firstValue("Location").orElseThrow());
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getInt("rows")).isEqualTo(rows);
    assertThat(done.getInt("created")).isEqualTo(rows);
    assertThat(Api.object(planner.get("items?code=" + prefix + "R&size=1")).getInt("total"))
        .isEqualTo(rows);
  }

  private JsonObject awaitLoaded(String location, int loaded) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject job = Api.object(planner.get(location));
      if (job.getInt("loaded") >= loaded) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the import job did not load " + loaded + " rows in 2 minutes");
  }

  @Test
  void only_planners_and_administrators_start_imports() {
    Api operator = Api.as(TestUsers.OPERATOR);
    assertThat(operator.post("import/items/jobs", "text/csv", items(prefix, 2)).statusCode())
        .isEqualTo(403);
  }
}
