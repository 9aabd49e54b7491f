package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officina.integration.infrastructure.exchange.DatasetFiles;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.PlanningDataset;
import org.officina.planning.model.MrpEngine;
import org.officina.planning.model.MrpParameters;
import org.officina.planning.model.MrpResult;
import org.officina.planning.model.PlannedOrder;

/**
 * The mrp-run job on the deployed EAR, on the demo plant: started over REST, followed to the end,
 * its planned orders the same as the engine's in-process on the same files, its pegging and
 * messages readable; one run per plant at a time; firming and converting planned orders.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class MrpRunIT {

  private static final Path DEMO = Path.of("../ejb/src/main/resources/demo-plant");
  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  private static final String RUN =
      "{\"start\": \"2027-01-04\", \"horizonDays\": 180, \"mode\": \"REGENERATIVE\","
          + " \"simulation\": %s}";

  private final Api planner = Api.as(TestUsers.PLANNER);

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void demoPlant() throws IOException {
    HttpResponse<String> imported =
        Api.as(TestUsers.PLANNER)
            .postBytes("import/dataset", "application/zip", DatasetIT.zip(DEMO));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  /** Runs MRP and waits for the end, after any run that holds the plant (runs are queued). */
  private JsonObject runToTheEnd(boolean simulation) {
    return runToTheEnd(String.format(RUN, simulation));
  }

  private JsonObject runToTheEnd(String body) {
    return MrpRuns.runToTheEnd(planner, body);
  }

  private JsonObject waitForEnd(String location) {
    return MrpRuns.waitForEnd(planner, location, Duration.ofMinutes(3));
  }

  /** The demo plant planned in this JVM by the engine alone, on the same files. */
  private static MrpResult inProcess() throws IOException {
    Dataset dataset = new Dataset();
    for (String name : DatasetFiles.names()) {
      Path file = DEMO.resolve(name);
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file)) {
          DatasetFiles.read(name, in, dataset, error -> {});
        }
      }
    }
    return new MrpEngine(MrpParameters.of(START, 180)).plan(PlanningDataset.of(dataset));
  }

  private static String key(String item, Object type, Object qty, Object release, Object due) {
    return item + " " + type + " " + qty + " " + release + " " + due;
  }

  @Test
  void a_run_of_the_demo_plant_plans_what_the_engine_plans_and_pegs_every_order()
      throws IOException {
    JsonObject run = runToTheEnd(false);

    assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    assertThat(run.getBoolean("live")).isTrue();
    assertThat(run.getInt("percent")).isEqualTo(100);
    List<CSVRecord> orders =
        MrpRuns.csv(planner.get("mrp/runs/" + run.getInt("id") + "/planned-orders").body());
    assertThat(orders).hasSize(run.getInt("planned_orders"));
    assertThat(orders).allSatisfy(o -> assertThat(o.get("pegged_to")).isNotEmpty());
    MrpResult expected = inProcess();
    Set<String> demoItems =
        expected.plannedOrders().stream().map(PlannedOrder::item).collect(Collectors.toSet());
    List<String> served =
        orders.stream()
            .filter(o -> demoItems.contains(o.get("item")))
            .map(
                o ->
                    key(
                        o.get("item"),
                        o.get("type"),
                        o.get("qty"),
                        o.get("release_date"),
                        o.get("due_date")))
            .toList();
    List<String> engine = new ArrayList<>();
    for (PlannedOrder o : expected.plannedOrders()) {
      engine.add(key(o.item(), o.type(), o.qty().toPlainString(), o.releaseDate(), o.dueDate()));
    }
    assertThat(served).containsExactlyInAnyOrderElementsOf(engine);
  }

  @Test
  void messages_are_picked_by_the_planner_who_looks_after_their_items() {
    JsonObject run = runToTheEnd(false);
    String messages = "mrp/runs/" + run.getInt("id") + "/messages?limit=1000&planner=";

    JsonObject buyer = Api.object(planner.get(messages + "m.rossi", "application/json"));
    JsonObject nobody = Api.object(planner.get(messages + "nobody", "application/json"));

    assertThat(buyer.getInt("total")).isPositive().isLessThan(run.getInt("messages"));
    assertThat(buyer.getJsonArray("content").getValuesAs(JsonObject.class))
        .allSatisfy(m -> assertThat(m.getString("planner")).isEqualTo("m.rossi"));
    assertThat(nobody.getInt("total")).isZero();
  }

  @Test
  void a_run_asked_not_to_expedite_keeps_that_and_gives_no_expedite_message() {
    HttpResponse<String> started =
        planner.post(
            "mrp/runs",
            "application/json",
            "{\"start\": \"2027-01-04\", \"horizonDays\": 180, \"mode\": \"REGENERATIVE\","
                + " \"simulation\": true, \"suppressMessages\": [\"expedite\"]}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);

    JsonObject run = waitForEnd(started.headers().firstValue("Location").orElseThrow());
    JsonObject expedites =
        Api.object(
            planner.get(
                "mrp/runs/" + run.getInt("id") + "/messages?type=EXPEDITE", "application/json"));

    assertThat(run.getString("status")).isEqualTo("COMPLETED");
    assertThat(run.getJsonArray("suppressed_messages").getString(0)).isEqualTo("EXPEDITE");
    assertThat(expedites.getInt("total")).isZero();
  }

  @Test
  void the_pegging_of_a_sales_order_goes_down_to_purchases_and_a_planned_order_up_to_demand()
      throws IOException {
    JsonObject run = runToTheEnd(false);
    String id = String.valueOf(run.getInt("id"));
    CSVRecord order =
        MrpRuns.csv(planner.get("mrp/runs/" + id + "/planned-orders").body()).stream()
            .filter(o -> o.get("type").equals("PRODUCTION"))
            .filter(o -> o.get("pegged_to").matches("SO-[^;]*"))
            .findFirst()
            .orElseThrow();

    JsonObject down =
        Api.object(planner.get("mrp/runs/" + id + "/pegging?demand=" + order.get("pegged_to")));
    JsonObject up =
        Api.object(planner.get("mrp/runs/" + id + "/pegging?order=" + order.get("number")));

    assertThat(down.getJsonArray("children").toString()).contains(order.get("number"));
    assertThat(down.toString()).contains("\"kind\":\"PLANNED_ORDER\"");
    assertThat(up.getJsonArray("children").getJsonObject(0).getString("reference"))
        .isEqualTo(order.get("pegged_to"));
    assertThat(up.getString("item")).isEqualTo(order.get("item"));
    assertThat(up.getString("date")).isEqualTo(order.get("due_date"));
    assertThat(down.getString("item")).isNotBlank();
    assertThat(planner.get("mrp/runs/" + id + "/pegging?order=PLN-999999999").statusCode())
        .isEqualTo(404);
    JsonObject messages =
        Api.object(planner.get("mrp/runs/" + id + "/messages?limit=5", "application/json"));
    assertThat(messages.getInt("total")).isEqualTo(run.getInt("messages"));
  }

  @Test
  void a_second_run_of_a_plant_that_is_being_planned_is_refused_and_names_the_first() {
    JsonObject before = runToTheEnd(true);
    HttpResponse<String> first =
        planner.post("mrp/runs", "application/json", String.format(RUN, true));
    HttpResponse<String> second =
        planner.post("mrp/runs", "application/json", String.format(RUN, true));

    assertThat(before.getString("status")).isEqualTo("COMPLETED");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    String location = first.headers().firstValue("Location").orElseThrow();
    try {
      String firstId = String.valueOf(Api.object(first).getInt("id"));
      assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
      assertThat(Api.detail(second)).contains("run " + firstId);
    } finally {
      waitForEnd(location);
    }
  }

  @Test
  void a_run_without_suggestions_up_to_a_date_keeps_its_options_and_only_reports_shortages() {
    JsonObject run =
        runToTheEnd(
            "{\"start\": \"2027-01-04\", \"until\": \"2027-03-31\", \"mode\": \"REGENERATIVE\","
                + " \"simulation\": true, \"noSuggestions\": true, \"ignorePastDue\": true,"
                + " \"sources\": [\"stock\", \"purchase\", \"production\", \"sales\"]}");
    JsonObject shortages =
        Api.object(
            planner.get(
                "mrp/runs/" + run.getInt("id") + "/messages?type=SHORTAGE", "application/json"));

    assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    assertThat(run.getInt("horizon_days")).isEqualTo(87);
    assertThat(run.getInt("planned_orders")).isZero();
    JsonObject options = run.getJsonObject("options");
    assertThat(options.getJsonArray("proposals")).isEmpty();
    assertThat(options.getBoolean("ignore_past_due")).isTrue();
    assertThat(options.getJsonArray("sources").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("PRODUCTION", "PURCHASE", "SALES", "STOCK");
    assertThat(shortages.getInt("total")).isPositive();
  }

  @Test
  void wrong_run_options_are_refused_naming_each() {
    HttpResponse<String> refused =
        planner.post(
            "mrp/runs",
            "application/json",
            "{\"start\": \"2027-01-04\", \"horizonDays\": 30, \"until\": \"2027-02-01\","
                + " \"mode\": \"REGENERATIVE\", \"proposals\": [\"TELEPORT\"],"
                + " \"sources\": \"all\"}");
    HttpResponse<String> negative =
        planner.post(
            "mrp/runs",
            "application/json",
            "{\"start\": \"2027-01-04\", \"horizonDays\": 30, \"mode\": \"REGENERATIVE\","
                + " \"consumptionBackwardDays\": -1}");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("until", "proposals", "TELEPORT", "sources");
    assertThat(negative.statusCode()).isEqualTo(422);
    assertThat(negative.body()).contains("consumptionBackwardDays");
  }

  @Test
  void a_wrong_request_is_refused_with_every_reason() {
    HttpResponse<String> refused =
        planner.post(
            "mrp/runs",
            "application/json",
            "{\"start\": \"2027-02-30\", \"horizonDays\": 0, \"mode\": \"SOMETIMES\","
                + " \"colour\": \"red\", \"suppressMessages\": [\"EXPEDITE\", \"LOUDLY\"]}");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("start", "mode", "colour", "suppressMessages", "LOUDLY");
    HttpResponse<String> noHorizon =
        planner.post(
            "mrp/runs",
            "application/json",
            "{\"start\": \"2027-01-04\", \"horizonDays\": 0, \"mode\": \"REGENERATIVE\"}");
    assertThat(noHorizon.statusCode()).isEqualTo(422);
    assertThat(noHorizon.body()).contains("horizonDays");
  }

  @Test
  void a_suggestions_only_run_is_the_live_plan_but_none_of_its_orders_can_be_firmed()
      throws IOException {
    JsonObject run =
        runToTheEnd(
            "{\"start\": \"2027-01-04\", \"horizonDays\": 180, \"mode\": \"REGENERATIVE\","
                + " \"suggestionsOnly\": true}");
    String id = String.valueOf(run.getInt("id"));
    String first =
        MrpRuns.csv(planner.get("mrp/runs/" + id + "/planned-orders").body())
            .get(0)
            .get("number")
            .substring("PLN-".length());

    HttpResponse<String> firmed =
        planner.post(
            "mrp/runs/" + id + "/firm", "application/json", "{\"numbers\": [" + first + "]}");

    assertThat(run.getString("status")).isEqualTo("COMPLETED");
    assertThat(run.getBoolean("suggestions_only")).isTrue();
    assertThat(run.getBoolean("live")).isTrue();
    assertThat(run.getInt("planned_orders")).isPositive();
    assertThat(firmed.statusCode()).isEqualTo(422);
    assertThat(firmed.body()).contains("only suggests orders");
  }

  @Test
  void a_planned_order_is_firmed_once_then_converted_into_an_open_order_once() throws IOException {
    OwnPlan plan = ownPlan();
    List<String> numbers = plan.numbers(o -> o.get("type").equals("PRODUCTION"));
    assertThat(numbers).hasSizeGreaterThanOrEqualTo(2);

    HttpResponse<String> firmed =
        planner.post(
            "mrp/runs/" + plan.run() + "/firm",
            "application/json",
            "{\"numbers\": [" + numbers.get(0) + ", " + numbers.get(1) + "]}");
    HttpResponse<String> again =
        planner.post(
            "mrp/runs/" + plan.run() + "/firm",
            "application/json",
            "{\"numbers\": [" + numbers.get(1) + "]}");

    assertThat(firmed.statusCode()).as(firmed.body()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("already firm");
    long firm = Api.object(firmed).getJsonArray("firm_planned_orders").getJsonNumber(0).longValue();
    HttpResponse<String> converted =
        planner.post(
            "mrp/firm-planned-orders/convert", "application/json", "{\"ids\": [" + firm + "]}");
    HttpResponse<String> twice =
        planner.post(
            "mrp/firm-planned-orders/convert", "application/json", "{\"ids\": [" + firm + "]}");
    assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);
    String made = Api.object(converted).getJsonArray("orders").getString(0);
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(twice.body()).contains("is already converted into " + made);
    assertThat(planner.get("purchasing/supply?number=" + made).body()).contains(made);
  }

  @Test
  void two_planners_firming_and_converting_the_same_order_at_once_make_one_firm_and_one_open_order()
      throws Exception {
    OwnPlan plan = ownPlan();
    List<String> numbers = plan.numbers(o -> o.get("type").equals("PRODUCTION"));
    assertThat(numbers).isNotEmpty();

    List<Long> firms = new ArrayList<>();
    for (String number : numbers.subList(0, Math.min(4, numbers.size()))) {
      String body = "{\"numbers\": [" + number + "]}";
      List<HttpResponse<String>> both =
          Concurrently.send(
              () -> Api.as(TestUsers.PLANNER).post(plan.firm(), "application/json", body),
              () -> Api.as(TestUsers.PLANNER).post(plan.firm(), "application/json", body));

      assertThat(both).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 422);
      HttpResponse<String> won = both.get(both.get(0).statusCode() == 200 ? 0 : 1);
      HttpResponse<String> lost = both.get(both.get(0).statusCode() == 200 ? 1 : 0);
      long firm = Api.object(won).getJsonArray("firm_planned_orders").getJsonNumber(0).longValue();
      assertThat(lost.body()).contains("already firm (firm planned order FPO-" + firm + ")");
      firms.add(firm);
    }
    for (long firm : firms) {
      String body = "{\"ids\": [" + firm + "]}";
      List<HttpResponse<String>> both =
          Concurrently.send(
              () ->
                  Api.as(TestUsers.PLANNER)
                      .post("mrp/firm-planned-orders/convert", "application/json", body),
              () ->
                  Api.as(TestUsers.PLANNER)
                      .post(
                          "production-orders/from-firm-planned-orders", "application/json", body));

      assertThat(both)
          .as("one conversion of FPO-%d wins, the other is refused", firm)
          .extracting(r -> r.statusCode() / 100)
          .containsExactlyInAnyOrder(2, 4);
      assertThat(both)
          .filteredOn(r -> r.statusCode() == 422)
          .singleElement()
          .satisfies(
              r -> assertThat(r.body()).contains("FPO-" + firm + " is already converted into "));
    }
  }

  /**
   * A plant of its own, planned, so that the demo plant's plan stays the engine's for the others.
   */
  private OwnPlan ownPlan() throws IOException {
    String prefix = "MRP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    HttpResponse<String> imported =
        planner.postBytes(
            "import/dataset", "application/zip", DatasetIT.zip(DatasetIT.plant(prefix)));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    String run = String.valueOf(runToTheEnd(false).getInt("id"));
    return new OwnPlan(
        prefix, run, MrpRuns.csv(planner.get("mrp/runs/" + run + "/planned-orders").body()));
  }

  private record OwnPlan(String prefix, String run, List<CSVRecord> orders) {

    /** The numbers of the plant's planned orders that pass the filter, without PLN-. */
    List<String> numbers(Predicate<CSVRecord> filter) {
      return orders.stream()
          .filter(o -> o.get("item").startsWith(prefix))
          .filter(filter)
          .map(o -> o.get("number").substring("PLN-".length()))
          .toList();
    }

    String firm() {
      return "mrp/runs/" + run + "/firm";
    }
  }
}
