package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officina.integration.infrastructure.exchange.DatasetFiles;

/**
 * Datasets in the exchange format through REST on the deployed EAR: all-or-nothing import with
 * every error, the single-file import, export and re-import, and bills of materials edited over
 * REST (cycles refused, concurrent edits turned into a conflict).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class DatasetIT {

  private final Api planner = Api.as(TestUsers.PLANNER);
  private final String p = "DS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  private Map<String, String> plant() {
    return plant(p);
  }

  /** A small plant in the exchange format, every code starting with the prefix. */
  static Map<String, String> plant(String p) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "items.csv",
        "code,supply_type,uom\n"
            + p
            + "PUMP,MAKE,PCS\n"
            + p
            + "BODY,MAKE,PCS\n"
            + p
            + "BAR,BUY,KG\n"
            + p
            + "SCREW,BUY,PCS\n");
    files.put(
        "calendars.csv",
        "calendar,day,shifts,time_zone\n"
            + p
            + "CAL,MON,06:00-14:00;14:00-22:00,Europe/Rome\n"
            + p
            + "CAL,2027-01-01,,Europe/Rome\n");
    files.put(
        "work_centers.csv",
        "code,department,calendar\n" + p + "LATHE," + p + "MACH," + p + "CAL\n");
    files.put(
        "bom.csv",
        "parent,component,qty_per,scrap_pct\n"
            + p
            + "PUMP,"
            + p
            + "BODY,1,\n"
            + p
            + "PUMP,"
            + p
            + "SCREW,4,\n"
            + p
            + "BODY,"
            + p
            + "BAR,2.5,5\n");
    files.put(
        "routings.csv",
        "item,seq,work_center,setup_minutes,run_minutes\n" + p + "BODY,10," + p + "LATHE,30,4.5\n");
    files.put("stock.csv", "item,warehouse,qty,lot\n" + p + "BAR,MAIN,120.5,L1\n");
    files.put(
        "supply.csv",
        "type,number,item,qty,due_date\nPURCHASE," + p + "PO," + p + "SCREW,500,2027-01-15\n");
    files.put(
        "demand.csv",
        "type,number,item,qty,due_date\nSALES," + p + "SO," + p + "PUMP,20,2027-02-01\n");
    return files;
  }

  @Test
  void a_dataset_with_five_errors_in_four_files_is_refused_whole_with_all_five()
      throws IOException {
    Map<String, String> files = plant();
    files.put("items.csv", files.get("items.csv") + p + "GEAR,MAKE,BOX\n");
    files.put(
        "bom.csv",
        files.get("bom.csv") + p + "PUMP," + p + "NUT,2,\n" + p + "BODY," + p + "PUMP,1,\n");
    files.put("stock.csv", files.get("stock.csv") + p + "SCREW,MAIN,2.5,\n");
    files.put(
        "demand.csv", files.get("demand.csv") + "SALES," + p + "SO2," + p + "PUMP,5,2027-02-30\n");

    HttpResponse<String> response =
        planner.postBytes("import/dataset", "application/zip", zip(files));

    assertThat(response.statusCode()).isEqualTo(422);
    JsonArray errors = Api.errors(response);
    assertThat(errors.getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("file") + ":" + e.getInt("line") + ":" + e.getString("column"))
        .containsExactly(
            "items.csv:6:uom",
            "bom.csv:5:component",
            "bom.csv:6:component",
            "stock.csv:3:qty",
            "demand.csv:3:due_date");
    assertThat(errors.getJsonObject(2).getString("message")).contains("→");
    assertThat(planner.get("items/" + p + "PUMP").statusCode()).isEqualTo(404);
  }

  @Test
  void an_imported_dataset_is_exported_and_reimported_unchanged() throws IOException {
    HttpResponse<String> imported =
        planner.postBytes("import/dataset", "application/zip", zip(plant()));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(Api.object(imported).getJsonObject("lines").getInt("bom.csv")).isEqualTo(3);

    Map<String, String> first = unzip(planner.getBytes("export/dataset").body());
    assertThat(first.get("bom.csv")).contains(p + "BODY," + p + "BAR,2.5,5,,,,false,false,,1");
    assertThat(first.get("stock.csv")).contains(p + "BAR,MAIN,120.5,L1,");
    assertThat(first.get("calendars.csv"))
        .contains(p + "CAL,MON,06:00-14:00;14:00-22:00,Europe/Rome");

    HttpResponse<String> again = planner.postBytes("import/dataset", "application/zip", zip(first));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    Map<String, String> second = unzip(planner.getBytes("export/dataset").body());
    assertThat(second).isEqualTo(first);
    assertThat(Api.object(planner.get("boms/" + p + "PUMP")).getInt("revision")).isEqualTo(1);
  }

  @Test
  void one_file_imports_alone_and_its_errors_name_the_file() throws IOException {
    planner.postBytes("import/dataset", "application/zip", zip(plant()));

    HttpResponse<String> wrong =
        planner.post(
            "import/bom", "text/csv", "parent,component,qty_per\n" + p + "PUMP," + p + "NUT,1\n");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(Api.errors(wrong).getJsonObject(0).getString("file")).isEqualTo("bom.csv");

    HttpResponse<String> right =
        planner.post(
            "import/bom", "text/csv", "parent,component,qty_per\n" + p + "PUMP," + p + "BODY,2\n");
    assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    JsonObject bill = Api.object(planner.get("boms/" + p + "PUMP"));
    assertThat(bill.getInt("revision")).isEqualTo(2);
    assertThat(bill.getJsonArray("lines")).hasSize(1);
    assertThat(planner.post("import/nothing", "text/csv", "a\n1\n").statusCode()).isEqualTo(404);
  }

  @Test
  void a_bom_cycle_entered_through_rest_is_refused_with_its_path() throws IOException {
    planner.postBytes("import/dataset", "application/zip", zip(plant()));
    String etag = planner.get("boms/" + p + "BODY").headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> cycle =
        planner.put(
            "boms/" + p + "BODY",
            "{\"lines\":[{\"component\":\"" + p + "PUMP\",\"qty_per\":1}]}",
            etag);

    assertThat(cycle.statusCode()).isEqualTo(422);
    assertThat(cycle.body()).contains(p + "PUMP → " + p + "BODY");
    assertThat(Api.array(planner.get("boms/" + p + "BAR/where-used")).getValuesAs(JsonObject.class))
        .extracting(u -> u.getString("parent"))
        .containsExactly(p + "BODY", p + "PUMP");
  }

  @Test
  void two_planners_editing_the_same_bom_get_a_conflict_instead_of_a_lost_update()
      throws IOException {
    planner.postBytes("import/dataset", "application/zip", zip(plant()));
    String etag = planner.get("boms/" + p + "PUMP").headers().firstValue("ETag").orElseThrow();
    String mine =
        "{\"lines\":[{\"component\":\""
            + p
            + "BODY\",\"qty_per\":1},{\"component\":\""
            + p
            + "SCREW\",\"qty_per\":6}]}";
    String theirs = "{\"lines\":[{\"component\":\"" + p + "BODY\",\"qty_per\":2}]}";

    assertThat(planner.put("boms/" + p + "PUMP", mine, etag).statusCode()).isEqualTo(200);
    HttpResponse<String> late =
        Api.as(TestUsers.INTEGRATION).put("boms/" + p + "PUMP", theirs, etag);

    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(Api.detail(late)).contains(TestUsers.PLANNER).contains("reload");
    JsonArray lines = Api.object(planner.get("boms/" + p + "PUMP")).getJsonArray("lines");
    assertThat(lines.getJsonObject(1).getInt("qty_per")).isEqualTo(6);
  }

  @Test
  void a_large_dataset_goes_to_the_batch_job_which_imports_it_or_lists_every_error()
      throws Exception {
    HttpResponse<String> started =
        planner.postBytes("import/dataset/jobs", "application/zip", zip(plant()));
    assertThat(started.statusCode()).isEqualTo(202);
    JsonObject done = awaitEnd(started.headers().firstValue("Location").orElseThrow());
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getInt("percent")).isEqualTo(100);
    assertThat(done.getJsonObject("lines").getInt("routings.csv")).isEqualTo(1);

    Map<String, String> wrong = plant();
    wrong.put("routings.csv", wrong.get("routings.csv") + p + "BODY,20,NOWHERE,1,1\n");
    HttpResponse<String> refused =
        planner.postBytes("import/dataset/jobs", "application/zip", zip(wrong));
    JsonObject failed = awaitEnd(refused.headers().firstValue("Location").orElseThrow());
    assertThat(failed.getString("exit_status")).isEqualTo("INVALID");
    assertThat(failed.getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("NOWHERE");
  }

  @Test
  void what_a_dataset_brings_can_be_read_back_over_rest() throws IOException {
    planner.postBytes("import/dataset", "application/zip", zip(plant()));

    JsonObject center = Api.object(planner.get("plant/work-centers/" + p + "LATHE"));
    assertThat(center.getString("calendar")).isEqualTo(p + "CAL");
    // 13:00 to 22:00 in Rome is 540 minutes; the other 60 are worked from 06:00 the next Monday
    JsonObject shift =
        Api.object(
            planner.get(
                "plant/calendars/" + p + "CAL/working-time?from=2027-01-04T12:00:00Z&minutes=600"));
    assertThat(shift.getString("until")).isEqualTo("2027-01-11T06:00:00Z");
    assertThat(
            Api.object(planner.get("stock?item=" + p))
                .getJsonArray("content")
                .getJsonObject(0)
                .getString("lot"))
        .isEqualTo("L1");
    assertThat(Api.object(planner.get("demand?item=" + p + "PUMP")).getInt("total")).isEqualTo(1);
    assertThat(Api.object(planner.get("purchasing/supply?type=PURCHASE&item=" + p)).getInt("total"))
        .isEqualTo(1);
    assertThat(Api.object(planner.get("routings/" + p + "BODY")).getJsonArray("operations"))
        .hasSize(1);
    assertThat(planner.get("demand?due_from=tomorrow").statusCode()).isEqualTo(400);
  }

  @Test
  void a_routing_saved_over_rest_is_checked_and_protected_from_lost_updates() throws IOException {
    planner.postBytes("import/dataset", "application/zip", zip(plant()));
    String etag = planner.get("routings/" + p + "BODY").headers().firstValue("ETag").orElseThrow();
    String two =
        "{\"operations\":[{\"seq\":10,\"work_center\":\""
            + p
            + "LATHE\",\"run_minutes\":4},"
            + "{\"seq\":11,\"parent_seq\":10,\"work_center\":\""
            + p
            + "LATHE\",\"description\":\"Deburr\"}]}";
    String nowhere = "{\"operations\":[{\"seq\":10,\"work_center\":\"NOWHERE\"}]}";

    String nobody =
        "{\"operations\":[{\"seq\":10,\"work_center\":\""
            + p
            + "LATHE\",\"subcontractor\":\"NOBODY\"}]}";

    HttpResponse<String> refused = planner.put("routings/" + p + "BODY", nowhere, etag);
    HttpResponse<String> unknownSubcontractor = planner.put("routings/" + p + "BODY", nobody, etag);
    HttpResponse<String> saved = planner.put("routings/" + p + "BODY", two, etag);
    HttpResponse<String> stale = planner.put("routings/" + p + "BODY", two, etag);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("operations[1].work_center").contains("NOWHERE");
    assertThat(unknownSubcontractor.statusCode()).isEqualTo(422);
    assertThat(unknownSubcontractor.body()).contains("no supplier has code NOBODY");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(Api.object(saved).getInt("revision")).isEqualTo(2);
    assertThat(Api.object(saved).getJsonArray("operations").getJsonObject(1).getInt("parent_seq"))
        .isEqualTo(10);
    assertThat(stale.statusCode()).isEqualTo(409);
  }

  @Test
  void a_drawing_attached_to_an_operation_is_listed_and_downloaded_as_uploaded()
      throws IOException {
    planner.postBytes("import/dataset", "application/zip", zip(plant()));
    byte[] drawing = "%PDF-1.4 body drawing rev B".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> attached =
        planner.postBytes(
            "routings/" + p + "BODY/documents?name=BODY-rev-B.pdf&operation=10",
            "application/pdf",
            drawing);
    HttpResponse<String> empty =
        planner.postBytes(
            "routings/" + p + "BODY/documents?name=empty.txt", "text/plain", new byte[0]);

    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    JsonObject listed = Api.array(planner.get("routings/" + p + "BODY/documents")).getJsonObject(0);
    assertThat(listed.getString("name")).isEqualTo("BODY-rev-B.pdf");
    assertThat(listed.getInt("operation_seq")).isEqualTo(10);
    HttpResponse<byte[]> downloaded =
        planner.getBytes(attached.headers().firstValue("Location").orElseThrow());
    assertThat(downloaded.body()).isEqualTo(drawing);
    assertThat(downloaded.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(empty.statusCode()).isEqualTo(422);
  }

  @Test
  void stock_changes_only_by_movements_and_never_goes_below_zero() throws IOException {
    planner.postBytes("import/dataset", "application/zip", zip(plant()));
    String receipt =
        "{\"item\":\""
            + p
            + "BAR\",\"warehouse\":\"MAIN\",\"lot\":\"L1\",\"qty\":30,"
            + "\"reason\":\"RECEIPT\",\"reference\":\"PO-77\"}";
    String tooMuch =
        "{\"item\":\""
            + p
            + "BAR\",\"warehouse\":\"MAIN\",\"lot\":\"L1\",\"qty\":-500,\"reason\":\"ISSUE\"}";
    String halfScrew =
        "{\"item\":\"" + p + "SCREW\",\"warehouse\":\"MAIN\",\"qty\":0.5,\"reason\":\"IMPORT\"}";

    HttpResponse<String> received = planner.post("stock/movements", "application/json", receipt);
    HttpResponse<String> refused = planner.post("stock/movements", "application/json", tooMuch);
    HttpResponse<String> wrong = planner.post("stock/movements", "application/json", halfScrew);

    assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    assertThat(Api.object(received).getJsonNumber("qty").bigDecimalValue())
        .isEqualByComparingTo("150.5");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("below zero");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(Api.errors(wrong)).hasSize(2);
    assertThat(Api.array(planner.get("stock/" + p + "BAR/movements")).getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("reason"))
        .containsExactly("RECEIPT", "IMPORT");
    assertThat(
            Api.as(TestUsers.OPERATOR)
                .post("stock/movements", "application/json", receipt)
                .statusCode())
        .isEqualTo(403);
  }

  private JsonObject awaitEnd(String job) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      JsonObject status = Api.object(planner.get(job));
      if (!List.of("STARTING", "STARTED").contains(status.getString("status"))) {
        return status;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the job " + job + " did not end in a minute");
  }

  static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry("dataset/" + file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toByteArray();
  }

  /** The dataset files found in a directory, zipped as an upload. */
  static byte[] zip(Path directory) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : DatasetFiles.names()) {
      Path file = directory.resolve(name);
      if (Files.exists(file)) {
        files.put(name, Files.readString(file));
      }
    }
    return zip(files);
  }

  static Map<String, String> unzip(byte[] zipped) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
