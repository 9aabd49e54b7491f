package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/**
 * Allocations on the deployed EAR, on the demo plant, over REST: a planned order of a gear pump
 * (whose bill holds a phantom kit) firmed, converted into a production order, released and partly
 * issued leaves every other planned order of the plant as it was, by net change and by
 * regeneration, because the order's materials still to issue are demand on its start.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class AllocationsIT {

  private static final Path DEMO = Path.of("../ejb/src/main/resources/demo-plant");
  private static final String PUMP = "GP1-004R";

  private final Api planner = Api.as(TestUsers.PLANNER);
  private final Api supervisor = Api.as(TestUsers.SUPERVISOR);
  private final Api operator = Api.as(TestUsers.OPERATOR);

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

  @Test
  void an_order_made_released_and_partly_issued_leaves_the_rest_of_the_plan_as_it_was()
      throws IOException {
    JsonObject proposed = run("REGENERATIVE");
    CSVRecord pumps =
        plannedOrders(proposed).stream()
            .filter(o -> o.get("item").equals(PUMP))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> firmed =
        planner.post(
            "mrp/runs/" + proposed.getInt("id") + "/firm",
            "application/json",
            "{\"numbers\": [" + pumps.get("number").substring("PLN-".length()) + "]}");
    assertThat(firmed.statusCode()).as(firmed.body()).isEqualTo(200);
    long firm = Api.object(firmed).getJsonArray("firm_planned_orders").getJsonNumber(0).longValue();
    List<String> withoutThePumps = orders(proposed);
    withoutThePumps.remove(describe(pumps));

    List<String> afterFirming = orders(run("REGENERATIVE"));
    String number = convertReleaseAndIssuePart(firm);
    try {
      List<String> byNetChange = orders(run("NET_CHANGE"));
      List<String> byRegeneration = orders(run("REGENERATIVE"));

      assertThat(afterFirming).isEqualTo(withoutThePumps);
      assertThat(byNetChange).isEqualTo(afterFirming);
      assertThat(byRegeneration).isEqualTo(afterFirming);
      assertThat(allocations(number)).isEqualTo(stillToIssue(number)).isNotEmpty();
    } finally {
      cancel(number);
    }
    assertThat(allocations(number)).isEmpty();
  }

  /**
   * Cancels the order, which gives its material back: the demo plant is left as other tests expect
   * it.
   */
  private void cancel(String number) {
    HttpResponse<String> cancelled =
        planner.post("production-orders/" + number + "/cancel", "application/json", "{}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
  }

  /** Makes the firm planned order a production order, releases it and issues half a material. */
  private String convertReleaseAndIssuePart(long firm) {
    HttpResponse<String> made =
        planner.post(
            "production-orders/from-firm-planned-orders",
            "application/json",
            "{\"ids\": [" + firm + "]}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    String number = Api.array(made).getJsonObject(0).getString("number");
    HttpResponse<String> released =
        supervisor.post(
            "production-orders/" + number + "/release",
            "application/json",
            "{\"accept_shortages\": true}");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    JsonObject material =
        materials(number).stream()
            .filter(m -> m.getString("issue_method").equals("PICKING_LIST"))
            .filter(m -> onHand(m.getString("item")).signum() > 0)
            .findFirst()
            .orElseThrow();
    BigDecimal half =
        qty(material, "required_qty")
            .min(onHand(material.getString("item")))
            .divide(BigDecimal.valueOf(2), 0, java.math.RoundingMode.DOWN)
            .max(BigDecimal.ONE);
    HttpResponse<String> issued =
        operator.post(
            "production-orders/" + number + "/issues",
            "application/json",
            "{\"lines\": [{\"line\": %d, \"qty\": %s}]}"
                .formatted(material.getInt("line"), half.toPlainString()));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
    return number;
  }

  private JsonObject run(String mode) {
    String body =
        mode.equals("NET_CHANGE")
            ? "{\"mode\": \"NET_CHANGE\"}"
            : "{\"start\": \"2027-01-04\", \"horizonDays\": 180, \"mode\": \"REGENERATIVE\"}";
    JsonObject run = MrpRuns.runToTheEnd(planner, body);
    assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    return run;
  }

  private List<CSVRecord> plannedOrders(JsonObject run) throws IOException {
    Set<String> demo = demoItems();
    return MrpRuns.csv(planner.get("mrp/runs/" + run.getInt("id") + "/planned-orders").body())
        .stream()
        .filter(o -> demo.contains(o.get("item")))
        .toList();
  }

  /** The planned orders of the demo's items, as what they are and when, sorted. */
  private List<String> orders(JsonObject run) throws IOException {
    List<String> orders =
        new ArrayList<>(plannedOrders(run).stream().map(o -> describe(o)).toList());
    orders.sort(null);
    return orders;
  }

  private static String describe(CSVRecord order) {
    return String.join(
        " ",
        order.get("item"),
        order.get("type"),
        order.get("qty"),
        order.get("release_date"),
        order.get("due_date"));
  }

  private static Set<String> demoItems() {
    try {
      return Files.readAllLines(DEMO.resolve("items.csv")).stream()
          .skip(1)
          .map(l -> l.substring(0, l.indexOf(',')))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<JsonObject> materials(String number) {
    return Api.object(planner.get("production-orders/" + number))
        .getJsonArray("materials")
        .getValuesAs(JsonObject.class);
  }

  /** The order's materials not fully issued: line, item and what is left, on the order's start. */
  private List<String> stillToIssue(String number) {
    String start =
        Api.object(planner.get("production-orders/" + number))
            .getJsonObject("order")
            .getString("start_date");
    return materials(number).stream()
        .filter(m -> qty(m, "required_qty").compareTo(qty(m, "issued_qty")) > 0)
        .map(
            m ->
                m.getInt("line")
                    + " "
                    + m.getString("item")
                    + " "
                    + plain(qty(m, "required_qty").subtract(qty(m, "issued_qty")))
                    + " "
                    + start)
        .toList();
  }

  /** The allocations the order keeps as demand, in the same form. */
  private List<String> allocations(String number) {
    return Api.object(planner.get("demand?type=ALLOCATION&number=" + number + ""))
        .getJsonArray("content")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(d -> d.getString("number").equals(number))
        .sorted(java.util.Comparator.comparingInt(d -> d.getInt("line")))
        .map(
            d ->
                d.getInt("line")
                    + " "
                    + d.getString("item")
                    + " "
                    + plain(qty(d, "qty"))
                    + " "
                    + d.getString("due_date"))
        .toList();
  }

  private BigDecimal onHand(String item) {
    return Api.object(planner.get("stock?item=" + item))
        .getJsonArray("content")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(level -> level.getString("item").equals(item))
        .map(level -> qty(level, "qty"))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal qty(JsonObject json, String field) {
    return json.getJsonNumber(field).bigDecimalValue();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
