package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production orders on the deployed EAR, over REST, on a small plant of their own: made from a firm
 * planned order or by hand with their own bill and routing, released with reservations and the
 * automatic issue, declared on (a repeat changes nothing, a wrong declaration writes nothing),
 * backflushed, received and completed, with the lots' genealogy both ways; two operators at once
 * lose nothing; a cancelled order refuses work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ProductionOrderIT {

  private static final String P =
      "PO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  private final Api planner = Api.as(TestUsers.PLANNER);
  private final Api supervisor = Api.as(TestUsers.SUPERVISOR);
  private final Api operator = Api.as(TestUsers.OPERATOR);

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void plantOfItsOwn() throws IOException {
    ShopFloor.importPlant(P);
  }

  private static HttpResponse<String> create(Api who, String qty, String more) {
    return ShopFloor.create(who, P, qty, more);
  }

  private String create(String qty) {
    HttpResponse<String> created = create(planner, qty, "");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.object(created).getString("number");
  }

  private String released(String qty) {
    return ShopFloor.released(supervisor, P, qty);
  }

  private JsonObject order(String number) {
    return Api.object(planner.get("production-orders/" + number));
  }

  private HttpResponse<String> declare(Api who, String json) {
    return who.post("work-reports", "application/json", json);
  }

  private static String run(
      String clientId, String order, int operation, int good, int scrap, String more) {
    return ShopFloor.run(clientId, order, operation, good, scrap, more);
  }

  private BigDecimal onHand(String item, String lot) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonObject level :
        Api.object(planner.get("stock?item=" + item))
            .getJsonArray("content")
            .getValuesAs(JsonObject.class)) {
      if (lot == null || lot.equals(level.getString("lot", null))) {
        total = total.add(level.getJsonNumber("qty").bigDecimalValue());
      }
    }
    return total;
  }

  private static BigDecimal number(JsonObject json, String field) {
    return json.getJsonNumber(field).bigDecimalValue();
  }

  private static JsonObject progress(JsonObject order, int seq) {
    return order.getJsonArray("operations").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getInt("seq") == seq)
        .findFirst()
        .orElseThrow()
        .getJsonObject("progress");
  }

  @Test
  void a_firm_planned_order_becomes_a_firm_production_order_with_its_own_bill_and_routing()
      throws IOException {
    JsonObject run =
        MrpRuns.runToTheEnd(
            planner,
            "{\"start\": \"2027-01-04\", \"horizonDays\": 60, \"mode\": \"REGENERATIVE\"}");
    String id = String.valueOf(run.getInt("id"));
    String first =
        MrpRuns.csv(planner.get("mrp/runs/" + id + "/planned-orders").body()).stream()
            .filter(o -> o.get("item").equals(P + "GEARBOX"))
            .findFirst()
            .orElseThrow()
            .get("number")
            .substring("PLN-".length());
    HttpResponse<String> firmed =
        planner.post(
            "mrp/runs/" + id + "/firm", "application/json", "{\"numbers\": [" + first + "]}");
    assertThat(firmed.statusCode()).as(firmed.body()).isEqualTo(200);
    long firm = Api.object(firmed).getJsonArray("firm_planned_orders").getJsonNumber(0).longValue();

    HttpResponse<String> made =
        planner.post(
            "production-orders/from-firm-planned-orders",
            "application/json",
            "{\"ids\": [" + firm + "]}");
    HttpResponse<String> again =
        planner.post(
            "production-orders/from-firm-planned-orders",
            "application/json",
            "{\"ids\": [" + firm + "]}");

    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonObject header = Api.array(made).getJsonObject(0);
    assertThat(header.getString("status")).isEqualTo("PLANNED");
    assertThat(header.getBoolean("firm")).isTrue();
    assertThat(header.getJsonNumber("firm_planned_order").longValue()).isEqualTo(firm);
    assertThat(number(header, "qty")).isEqualByComparingTo("20");
    String number = header.getString("number");
    JsonObject detail = order(number);
    assertThat(detail.getJsonArray("materials").getValuesAs(JsonObject.class))
        .extracting(
            m ->
                m.getString("item").substring(P.length())
                    + " "
                    + number(m, "required_qty").stripTrailingZeros().toPlainString()
                    + " @"
                    + m.getInt("operation_seq")
                    + " "
                    + m.getString("issue_method"))
        .containsExactly(
            "BODY 20 @10 PICKING_LIST", "SCREW 80 @20 BACKFLUSH", "OIL 10 @20 AUTOMATIC");
    assertThat(detail.getJsonArray("operations").getValuesAs(JsonObject.class))
        .extracting(o -> o.getInt("seq") + " " + o.getString("work_center").substring(P.length()))
        .containsExactly("10 LATHE", "20 ASSY");
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("is already converted into " + number);
    assertThat(planner.get("purchasing/supply?number=" + number).body()).contains(number);
  }

  @Test
  void an_order_is_released_declared_by_rest_backflushed_received_and_completed() {
    BigDecimal oil = onHand(P + "OIL", null);
    String number = released("10");
    JsonObject releasedOrder = order(number);
    assertThat(releasedOrder.getJsonObject("order").getString("status")).isEqualTo("RELEASED");
    assertThat(releasedOrder.getJsonArray("reservations").getValuesAs(JsonObject.class))
        .extracting(
            r ->
                r.getString("item").substring(P.length())
                    + " "
                    + number(r, "qty").stripTrailingZeros().toPlainString())
        .containsExactly("BODY 10", "SCREW 40");
    assertThat(onHand(P + "OIL", null)).isEqualByComparingTo(oil.subtract(new BigDecimal("5")));

    String c1 = UUID.randomUUID().toString();
    HttpResponse<String> turned = declare(operator, run(c1, number, 10, 10, 0, ""));
    HttpResponse<String> repeated = declare(operator, run(c1, number, 10, 10, 0, ""));
    HttpResponse<String> tooMany =
        declare(operator, run(UUID.randomUUID().toString(), number, 20, 12, 0, ""));
    HttpResponse<String> noReason =
        declare(operator, run(UUID.randomUUID().toString(), number, 20, 0, 1, ""));
    HttpResponse<String> unknownOperation =
        declare(operator, run(UUID.randomUUID().toString(), number, 30, 1, 0, ""));
    BigDecimal screws = onHand(P + "SCREW", "LS1");
    HttpResponse<String> assembled =
        declare(
            operator,
            run(
                UUID.randomUUID().toString(),
                number,
                20,
                9,
                1,
                ", \"scrap_reason\": \"DIMENSION\", \"finishes\": true, \"operators\": [\"OP-007\"]"));

    assertThat(turned.statusCode()).as(turned.body()).isEqualTo(201);
    assertThat(repeated.statusCode()).as(repeated.body()).isEqualTo(200);
    assertThat(Api.object(repeated).getBoolean("repeat")).isTrue();
    assertThat(tooMany.statusCode()).isEqualTo(422);
    assertThat(tooMany.body()).contains("goes beyond the 11");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("scrap_reason");
    assertThat(unknownOperation.statusCode()).isEqualTo(422);
    assertThat(unknownOperation.body()).contains("has no operation 30");
    assertThat(assembled.statusCode()).as(assembled.body()).isEqualTo(201);
    JsonObject done = order(number);
    assertThat(done.getJsonObject("order").getString("status")).isEqualTo("COMPLETED");
    assertThat(number(done.getJsonObject("order"), "good_qty")).isEqualByComparingTo("9");
    assertThat(number(done.getJsonObject("order"), "scrap_qty")).isEqualByComparingTo("1");
    assertThat(number(progress(done, 10), "good_qty")).isEqualByComparingTo("10");
    assertThat(done.getJsonArray("reservations")).isEmpty();
    assertThat(done.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("action"))
        .containsExactly("CREATE", "RELEASE", "START", "COMPLETE");
    assertThat(screws.subtract(onHand(P + "SCREW", "LS1"))).isEqualByComparingTo("40");
    assertThat(onHand(P + "PUMP", number)).isEqualByComparingTo("9");
    assertThat(Api.array(planner.get("production-orders/" + number + "/work-reports"))).hasSize(2);
    assertThat(
            Api.array(planner.get("lots/" + P + "PUMP/" + number + "/made-of"))
                .getValuesAs(JsonObject.class))
        .extracting(
            l ->
                l.getString("component_item").substring(P.length())
                    + " "
                    + l.getString("component_lot")
                    + " "
                    + number(l, "qty").stripTrailingZeros().toPlainString())
        .containsExactlyInAnyOrder("OIL LO1 5", "SCREW LS1 40");
    assertThat(
            Api.array(planner.get("lots/" + P + "SCREW/LS1/used-in")).getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("product_lot"))
        .contains(number);
  }

  @Test
  void the_floor_sees_its_dispatch_list_and_the_warehouse_issues_and_takes_back_by_picking_list() {
    String number = released("3");
    List<JsonObject> lathe =
        Api.array(planner.get("dispatch-lists/work-centers/" + P + "LATHE"))
            .getValuesAs(JsonObject.class);
    JsonObject line =
        lathe.stream().filter(l -> l.getString("order").equals(number)).findFirst().orElseThrow();
    assertThat(line.getJsonObject("operation").getInt("seq")).isEqualTo(10);
    assertThat(line.getJsonObject("next").getString("work_center")).isEqualTo(P + "ASSY");
    assertThat(line.getJsonArray("materials").getJsonObject(0).getString("item"))
        .isEqualTo(P + "BODY");
    assertThat(
            Api.array(planner.get("dispatch-lists/departments/" + P + "MACH"))
                .getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("order") + "/" + l.getJsonObject("operation").getInt("seq"))
        .contains(number + "/10", number + "/20");
    JsonArray picking = Api.array(planner.get("picking-lists/orders/" + number));
    assertThat(picking.getValuesAs(JsonObject.class))
        .extracting(
            p ->
                p.getString("item").substring(P.length())
                    + " "
                    + number(p, "qty").stripTrailingZeros().toPlainString())
        .containsExactly("BODY 3");
    assertThat(
            picking
                .getJsonObject(0)
                .getJsonArray("take_from")
                .getJsonObject(0)
                .getJsonObject("stock")
                .getString("lot"))
        .isEqualTo("LB1");
    BigDecimal bodies = onHand(P + "BODY", "LB1");

    HttpResponse<String> issued =
        operator.post(
            "production-orders/" + number + "/issues",
            "application/json",
            "{\"lines\": [{\"line\": 1, \"qty\": 3}]}");
    HttpResponse<String> tooMuchBack =
        operator.post(
            "production-orders/" + number + "/returns",
            "application/json",
            "{\"lines\": [{\"line\": 1, \"qty\": 4, \"lot\": \"LB1\"}]}");
    HttpResponse<String> back =
        operator.post(
            "production-orders/" + number + "/returns",
            "application/json",
            "{\"lines\": [{\"line\": 1, \"qty\": 1, \"lot\": \"LB1\"}]}");

    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
    assertThat(tooMuchBack.statusCode()).isEqualTo(422);
    assertThat(tooMuchBack.body()).contains("only 3");
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(onHand(P + "BODY", "LB1"))
        .isEqualByComparingTo(bodies.subtract(new BigDecimal("2")));
    assertThat(
            Api.array(planner.get("picking-lists/orders/" + number)).getValuesAs(JsonObject.class))
        .extracting(p -> number(p, "qty").stripTrailingZeros().toPlainString())
        .containsExactly("1");
    assertThat(
            Api.array(planner.get("production-orders/" + number + "/movements"))
                .getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("reason"))
        .containsExactly("ISSUE", "ISSUE", "RETURN");
    HttpResponse<String> screwsByHand =
        operator.post(
            "production-orders/" + number + "/issues",
            "application/json",
            "{\"lines\": [{\"line\": 2, \"qty\": 4}]}");
    HttpResponse<String> cancelled =
        planner.post("production-orders/" + number + "/cancel", "application/json", "{}");
    assertThat(screwsByHand.statusCode()).isEqualTo(422);
    assertThat(screwsByHand.body()).contains("picking list");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(onHand(P + "BODY", "LB1")).isEqualByComparingTo(bodies);
  }

  @Test
  void a_planner_edits_the_materials_of_one_order_and_release_reserves_what_they_now_need() {
    String number = create("5");
    String version =
        planner.get("production-orders/" + number).headers().firstValue("ETag").orElseThrow();
    String edit =
        "{\"materials\": [{\"line\": 1, \"item\": \"%sBODY\", \"qty_per\": 2, \"operation_seq\": 10},"
            + " {\"line\": 2, \"item\": \"%sSCREW\", \"qty_per\": 6, \"operation_seq\": 20}]}";
    HttpResponse<String> wrong =
        planner.put(
            "production-orders/" + number + "/materials",
            "{\"materials\": [{\"item\": \"NO-SUCH\", \"qty_per\": 1, \"operation_seq\": 99}]}",
            version);
    HttpResponse<String> saved =
        planner.put("production-orders/" + number + "/materials", edit.formatted(P, P), version);
    HttpResponse<String> stale =
        planner.put("production-orders/" + number + "/materials", edit.formatted(P, P), version);
    HttpResponse<String> release =
        supervisor.post("production-orders/" + number + "/release", "application/json", "{}");

    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(Api.errors(wrong).getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("materials[1].item", "materials[1].operation_seq");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(release.statusCode()).as(release.body()).isEqualTo(200);
    JsonObject after = order(number);
    assertThat(after.getJsonArray("materials").getValuesAs(JsonObject.class))
        .extracting(
            m ->
                m.getString("item").substring(P.length())
                    + " "
                    + number(m, "required_qty").stripTrailingZeros().toPlainString())
        .containsExactly("BODY 10", "SCREW 30");
    assertThat(after.getJsonArray("reservations").getValuesAs(JsonObject.class))
        .extracting(
            r ->
                r.getString("item").substring(P.length())
                    + " "
                    + number(r, "qty").stripTrailingZeros().toPlainString())
        .containsExactly("BODY 10", "SCREW 30");
    assertThat(
            Api.object(planner.get("boms/" + P + "PUMP"))
                .getJsonArray("lines")
                .getValuesAs(JsonObject.class))
        .filteredOn(l -> l.getString("component").equals(P + "SCREW"))
        .extracting(l -> number(l, "qty_per").stripTrailingZeros().toPlainString())
        .containsExactly("4");
  }

  @Test
  void a_later_order_released_first_leaves_an_earlier_order_the_stock_it_needs()
      throws IOException {
    String p = "DA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    ShopFloor.importPlant(p);
    String earlier = pumps(p, "80", "2027-01-11", "2027-01-15");
    String later = pumps(p, "50", "2027-01-18", "2027-01-22");

    JsonArray feasibility = Api.array(planner.get("production-orders/" + later + "/feasibility"));
    HttpResponse<String> laterReleased =
        supervisor.post(
            "production-orders/" + later + "/release",
            "application/json",
            "{\"accept_shortages\": true}");
    HttpResponse<String> earlierReleased =
        supervisor.post("production-orders/" + earlier + "/release", "application/json", "{}");

    assertThat(feasibility.getValuesAs(JsonObject.class))
        .filteredOn(f -> f.getString("item").equals(p + "BODY"))
        .extracting(f -> number(f, "shortage").stripTrailingZeros().toPlainString())
        .containsExactly("30");
    assertThat(laterReleased.statusCode()).as(laterReleased.body()).isEqualTo(200);
    assertThat(earlierReleased.statusCode()).as(earlierReleased.body()).isEqualTo(200);
    assertThat(reserved(later, p + "BODY")).isEqualByComparingTo("20");
    assertThat(reserved(earlier, p + "BODY")).isEqualByComparingTo("80");
  }

  private String pumps(String p, String qty, String start, String due) {
    HttpResponse<String> created =
        planner.post(
            "production-orders",
            "application/json",
            "{\"item\": \"%sPUMP\", \"qty\": %s, \"start_date\": \"%s\", \"due_date\": \"%s\"}"
                .formatted(p, qty, start, due));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.object(created).getString("number");
  }

  private BigDecimal reserved(String number, String item) {
    return order(number).getJsonArray("reservations").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("item").equals(item))
        .map(r -> number(r, "qty"))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void two_operators_declaring_on_one_operation_at_once_lose_nothing() throws Exception {
    String number = released("40");
    Api second = Api.as(TestUsers.SUPERVISOR);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<Integer>> declarations = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Api who = i % 2 == 0 ? operator : second;
      String clientId = number + "-" + i;
      declarations.add(() -> declare(who, run(clientId, number, 10, 1, 0, "")).statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> status : pool.invokeAll(declarations)) {
      statuses.add(status.get());
    }
    pool.shutdown();

    assertThat(statuses).containsOnly(201);
    JsonObject after = order(number);
    assertThat(number(progress(after, 10), "good_qty")).isEqualByComparingTo("20");
    assertThat(number(progress(after, 10), "run_minutes")).isEqualByComparingTo("800");
    assertThat(Api.array(planner.get("production-orders/" + number + "/work-reports"))).hasSize(20);
  }

  @Test
  void a_declaration_for_an_order_just_cancelled_is_refused_and_the_material_goes_back() {
    BigDecimal oil = onHand(P + "OIL", "LO1");
    String number = released("4");
    HttpResponse<String> cancelled =
        planner.post(
            "production-orders/" + number + "/cancel",
            "application/json",
            "{\"note\": \"customer withdrew\"}");

    HttpResponse<String> late =
        declare(operator, run(UUID.randomUUID().toString(), number, 10, 1, 0, ""));

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(late.statusCode()).isEqualTo(422);
    assertThat(late.body()).contains("is CANCELLED");
    JsonObject after = order(number);
    assertThat(after.getJsonArray("reservations")).isEmpty();
    assertThat(number(progress(after, 10), "good_qty")).isEqualByComparingTo("0");
    assertThat(Api.array(planner.get("production-orders/" + number + "/work-reports"))).isEmpty();
    assertThat(onHand(P + "OIL", "LO1")).isEqualByComparingTo(oil);
    assertThat(planner.get("purchasing/supply?number=" + number).body()).doesNotContain(number);
    JsonArray history = after.getJsonArray("history");
    assertThat(history.getJsonObject(history.size() - 1).getString("note"))
        .isEqualTo("customer withdrew");
  }

  @Test
  void each_role_may_do_only_its_part_of_an_orders_life() {
    String number = create("2");
    HttpResponse<String> operatorReleases =
        operator.post("production-orders/" + number + "/release", "application/json", "{}");
    HttpResponse<String> operatorCreates = create(operator, "1", "");
    HttpResponse<String> closedTooEarly =
        planner.post("production-orders/" + number + "/close", "application/json", "{}");
    HttpResponse<String> unknownProperty = create(planner, "1", ", \"colour\": \"red\"");
    HttpResponse<String> wrongTerms =
        create(planner, "1.5", ", \"priority\": 12, \"lot\": \"L 1\"");

    String done = released("1");
    HttpResponse<String> completed =
        supervisor.post("production-orders/" + done + "/complete", "application/json", "{}");
    Api accountant = Api.as(TestUsers.COST_ACCOUNTANT);
    HttpResponse<String> supervisorCloses =
        supervisor.post("production-orders/" + done + "/close", "application/json", "{}");
    HttpResponse<String> accountantReads =
        accountant.get("production-orders/" + done + "/work-reports");
    HttpResponse<String> accountantCloses =
        accountant.post("production-orders/" + done + "/close", "application/json", "{}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    assertThat(supervisorCloses.statusCode()).isEqualTo(403);
    assertThat(accountantReads.statusCode()).isEqualTo(200);
    assertThat(accountantCloses.statusCode()).as(accountantCloses.body()).isEqualTo(200);
    assertThat(order(done).getJsonObject("order").getString("status")).isEqualTo("CLOSED");
    assertThat(operatorReleases.statusCode()).isEqualTo(403);
    assertThat(operatorCreates.statusCode()).isEqualTo(403);
    assertThat(closedTooEarly.statusCode()).isEqualTo(422);
    assertThat(closedTooEarly.body()).contains("it is PLANNED");
    assertThat(unknownProperty.statusCode()).isEqualTo(422);
    assertThat(unknownProperty.body()).contains("unknown property 'colour'");
    assertThat(wrongTerms.statusCode()).isEqualTo(422);
    assertThat(Api.errors(wrongTerms).getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("qty", "lot", "priority");
  }
}
