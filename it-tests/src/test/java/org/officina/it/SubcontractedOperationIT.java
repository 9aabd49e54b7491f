package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subcontracted operations (conto lavoro di fase) on the deployed EAR, over REST: a shaft is turned
 * in house, case hardened at HEAT with our salt, then ground in house. Releasing its production
 * order makes the subcontract order for the hardening; the turned pieces and the salt go out on a
 * delivery note; a return with 2 scrapped is the hardening's progress, so grinding can start; the
 * salt is consumed at HEAT by the bill, and the shafts' lot is made of the bar and the salt lots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class SubcontractedOperationIT {

  private static final String P =
      "SO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
  private static final String SHAFT = P + "SHAFT";
  private static final String PIN = P + "PIN";
  private static final String BAR = P + "BAR";
  private static final String SALT = P + "SALT";
  private static final String HEAT = P + "HEAT";
  private static final String AT_HEAT = "SUB-" + HEAT;

  private final Api planner = Api.as(TestUsers.PLANNER);
  private final Api supervisor = Api.as(TestUsers.SUPERVISOR);

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  /**
   * A shaft: half a kilo of bar backflushed at turning (10), a tenth of a kilo of salt (5% lost) at
   * hardening (20, by HEAT, 0.95 a piece on its list; HEAT may use 10% more or less salt), ground
   * at 30. A pin is hardened and then tempered at HEAT (20 and 30) between turning and grinding.
   */
  @BeforeAll
  static void aPlantThatHardensAtASubcontractor() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "items.csv",
        "code,supply_type,uom,issue_method,consumption_tolerance_pct\n"
            + (SHAFT + ",MAKE,PCS,,\n")
            + (PIN + ",MAKE,PCS,,\n")
            + (BAR + ",BUY,KG,BACKFLUSH,\n")
            + (SALT + ",BUY,KG,PICKING_LIST,10\n"));
    files.put("departments.csv", "code,description,plant\n" + P + "MACH,Machining,MAIN\n");
    files.put(
        "warehouses.csv", "code,description,nettable,subcontractor\nMAIN,Main warehouse,true,\n");
    files.put(
        "work_centers.csv",
        "code,department\n"
            + (P + "LATHE," + P + "MACH\n")
            + (P + "EXT," + P + "MACH\n")
            + (P + "GRIND," + P + "MACH\n"));
    files.put("suppliers.csv", "code,name,subcontractor\n" + HEAT + ",Heat treaters,true\n");
    files.put(
        "bom.csv",
        "parent,component,qty_per,scrap_pct,operation_seq\n"
            + (SHAFT + "," + BAR + ",0.5,,10\n")
            + (SHAFT + "," + SALT + ",0.1,5,20\n")
            + (PIN + "," + BAR + ",0.1,,10\n"));
    files.put(
        "routings.csv",
        "item,seq,work_center,setup_minutes,run_minutes,subcontractor,subcontract_cost\n"
            + (SHAFT + ",10," + P + "LATHE,10,2,,\n")
            + (SHAFT + ",20," + P + "EXT,0,0," + HEAT + ",0.8\n")
            + (SHAFT + ",30," + P + "GRIND,10,1,,\n")
            + (PIN + ",10," + P + "LATHE,10,1,,\n")
            + (PIN + ",20," + P + "EXT,0,0," + HEAT + ",0.3\n")
            + (PIN + ",30," + P + "EXT,0,0," + HEAT + ",0.2\n")
            + (PIN + ",40," + P + "GRIND,10,1,,\n"));
    files.put(
        "stock.csv",
        "item,warehouse,qty,lot\n"
            + (BAR + ",MAIN,100," + P + "B1\n")
            + (SALT + ",MAIN,50," + P + "S1\n"));
    files.put(
        "price_lists.csv",
        "supplier,item,operation,currency,valid_from,valid_to,lead_time_days,min_qty,multiple,"
            + "break_qty,unit_price,preferred\n"
            + (HEAT + "," + SHAFT + ",20,EUR,2026-01-01,,5,0,,0,0.95,\n"));
    HttpResponse<String> imported =
        Api.as(TestUsers.PLANNER)
            .postBytes("import/dataset", "application/zip", DatasetIT.zip(files));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  /** A released production order of qty pieces of an item. */
  private String released(String item, int qty) {
    return released(planned(item, qty));
  }

  /** A planned production order of qty pieces of an item. */
  private String planned(String item, int qty) {
    HttpResponse<String> created =
        planner.post(
            "production-orders",
            "application/json",
            "{\"item\": \"%s\", \"qty\": %d, \"start_date\": \"2027-01-11\", \"due_date\": \"2027-01-29\"}"
                .formatted(item, qty));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.object(created).getString("number");
  }

  private List<JsonObject> subcontractOrders(String productionOrder) {
    return Api.array(planner.get("subcontracting/orders?production_order=" + productionOrder))
        .getValuesAs(JsonObject.class);
  }

  private JsonObject liveOrder(String productionOrder) {
    return subcontractOrders(productionOrder).stream()
        .filter(o -> !o.getString("status").equals("CANCELLED"))
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> declare(String order, int seq, int good, String id) {
    return supervisor.post(
        "work-reports", "application/json", ShopFloor.run(P + id, order, seq, good, 0, ""));
  }

  private HttpResponse<String> ship(String sc, String pieces, String salt) {
    StringBuilder lines = new StringBuilder();
    if (pieces != null) {
      lines.append(line(sc, 1, pieces));
    }
    if (salt != null) {
      lines.append(lines.isEmpty() ? "" : ",").append(line(sc, 2, salt));
    }
    return planner.post(
        "subcontracting/delivery-notes",
        "application/json",
        "{\"supplier\": \"" + HEAT + "\", \"lines\": [" + lines + "]}");
  }

  private static String line(String sc, int component, String qty) {
    return "{\"order\": \"%s\", \"component\": %d, \"qty\": %s, \"from\": \"MAIN\"}"
        .formatted(sc, component, qty);
  }

  private JsonObject productionOrder(String number) {
    return Api.object(planner.get("production-orders/" + number));
  }

  private static JsonObject operation(JsonObject order, int seq) {
    return order.getJsonArray("operations").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getInt("seq") == seq)
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal number(JsonObject json, String field) {
    return json.getJsonNumber(field).bigDecimalValue();
  }

  private BigDecimal stock(String item, String warehouse) {
    JsonArray levels =
        Api.object(planner.get("stock?item=" + item + "&warehouse=" + warehouse))
            .getJsonArray("content");
    return levels.getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("item").equals(item) && l.getString("warehouse").equals(warehouse))
        .map(l -> l.getJsonNumber("qty").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What the production order still allocates of an item, as MRP counts it. */
  private BigDecimal allocated(String productionOrder, String item) {
    return Api.object(planner.get("demand?number=" + productionOrder))
        .getJsonArray("content")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(l -> l.getString("item").equals(item))
        .map(l -> l.getJsonNumber("qty").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void
      an_external_operation_in_the_middle_goes_out_on_release_and_its_return_lets_the_next_start() {
    String prd = released(SHAFT, 10);
    List<JsonObject> made = subcontractOrders(prd);
    assertThat(made).hasSize(1);
    JsonObject sc = made.get(0);
    String number = sc.getString("number");
    assertThat(sc.getString("supplier")).isEqualTo(HEAT);
    assertThat(sc.getJsonArray("operations").toString()).isEqualTo("[20]");
    assertThat(sc.getInt("previous_operation")).isEqualTo(10);
    assertThat(number(sc, "unit_price")).isEqualByComparingTo("0.95");
    assertThat(sc.getJsonArray("components").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("item") + (c.getBoolean("in_process") ? " in process" : ""))
        .containsExactly(SHAFT + " in process", SALT);
    assertThat(number(sc.getJsonArray("components").getJsonObject(1), "tolerance_pct"))
        .as("the salt's own consumption tolerance")
        .isEqualByComparingTo("10");
    assertThat(allocated(prd, SALT)).isEqualByComparingTo("1.05");

    HttpResponse<String> early = ship(number, "10", null);
    assertThat(early.statusCode()).as("nothing turned yet").isEqualTo(422);
    assertThat(Api.detail(early)).contains("only 0 may go");
    assertThat(declare(prd, 10, 10, "T1").statusCode()).isEqualTo(201);

    BigDecimal inMain = stock(SALT, "MAIN");
    BigDecimal atHeat = stock(SALT, AT_HEAT);
    HttpResponse<String> shipped = ship(number, "10", "1.2");
    assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(201);
    assertThat(stock(SALT, AT_HEAT).subtract(atHeat)).isEqualByComparingTo("1.2");
    assertThat(inMain.subtract(stock(SALT, "MAIN"))).isEqualByComparingTo("1.2");
    assertThat(allocated(prd, SALT))
        .as("the salt at HEAT is the order's: MRP does not ask for it again")
        .isEqualByComparingTo("0");
    assertThat(ship(number, "1", null).statusCode())
        .as("all ten turned shafts are out")
        .isEqualTo(422);
    HttpResponse<String> byHand = declare(prd, 20, 1, "H1");
    assertThat(byHand.statusCode()).as("hardening progresses with HEAT's returns").isEqualTo(422);
    assertThat(Api.detail(byHand)).contains("subcontractor");

    HttpResponse<String> back =
        planner.post(
            "subcontracting/orders/" + number + "/returns",
            "application/json",
            "{\"client_id\": \"" + P + "R1\", \"good\": 8, \"scrapped\": 2}");
    assertThat(back.statusCode()).as(back.body()).isEqualTo(201);

    JsonObject after = productionOrder(prd);
    JsonObject hardening = operation(after, 20).getJsonObject("progress");
    assertThat(hardening.getString("status")).isEqualTo("DONE");
    assertThat(number(hardening, "good_qty")).isEqualByComparingTo("8");
    assertThat(number(hardening, "scrap_qty")).isEqualByComparingTo("2");
    assertThat(stock(SALT, AT_HEAT).subtract(atHeat))
        .as("consumed by the bill for the 10 worked: 1.05; the rest stays at HEAT")
        .isEqualByComparingTo("0.15");
    assertThat(stock(SHAFT, "MAIN")).as("hardened shafts go on to grinding").isZero();

    HttpResponse<String> ground =
        supervisor.post(
            "work-reports",
            "application/json",
            ShopFloor.run(P + "G1", prd, 30, 8, 0, ", \"finishes\": true"));
    assertThat(ground.statusCode()).as(ground.body()).isEqualTo(201);
    JsonObject done = productionOrder(prd);
    assertThat(done.getJsonObject("order").getString("status")).isEqualTo("COMPLETED");
    String lot = done.getJsonObject("order").getString("lot");
    assertThat(planner.get("lots/" + SHAFT + "/" + lot + "/made-of").body())
        .as("the shafts' lot is made of the bar turned here and the salt consumed at HEAT")
        .contains(P + "B1", P + "S1");

    HttpResponse<String> leftovers =
        planner.post(
            "subcontracting/orders/" + number + "/returns",
            "application/json",
            "{\"leftovers_back\": true}");
    assertThat(leftovers.statusCode()).as(leftovers.body()).isEqualTo(201);
    assertThat(stock(SALT, AT_HEAT)).isEqualByComparingTo(atHeat);
    HttpResponse<String> closed =
        planner.post("subcontracting/orders/" + number + "/close", "application/json", "");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
  }

  @Test
  void an_order_is_not_completed_while_its_pieces_are_at_the_subcontractor() {
    String prd = released(SHAFT, 2);
    String sc = liveOrder(prd).getString("number");
    assertThat(declare(prd, 10, 2, "C1").statusCode()).isEqualTo(201);
    assertThat(ship(sc, "2", null).statusCode()).isEqualTo(201);

    HttpResponse<String> completed =
        supervisor.post("production-orders/" + prd + "/complete", "application/json", "{}");

    assertThat(completed.statusCode()).isEqualTo(409);
    assertThat(Api.detail(completed)).contains("2 of its pieces", sc);
  }

  @Test
  void an_order_goes_back_to_planned_only_once_its_subcontractor_holds_nothing_of_it() {
    String prd = released(SHAFT, 5);
    String sc = liveOrder(prd).getString("number");
    BigDecimal atHeat = stock(SALT, AT_HEAT);
    HttpResponse<String> shipped = ship(sc, null, "0.6");
    assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(201);

    HttpResponse<String> refused =
        planner.post("production-orders/" + prd + "/unrelease", "application/json", "{}");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(Api.detail(refused)).contains(sc);

    HttpResponse<String> cancelled =
        planner.post("subcontracting/orders/" + sc + "/cancel", "application/json", "");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(stock(SALT, AT_HEAT)).as("the salt came back").isEqualByComparingTo(atHeat);
    HttpResponse<String> back =
        planner.post("production-orders/" + prd + "/unrelease", "application/json", "{}");
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);

    String again = released(prd);
    assertThat(liveOrder(again).getString("number")).isNotEqualTo(sc);
  }

  /** Releases an order that went back to planned. */
  private String released(String number) {
    HttpResponse<String> release =
        supervisor.post("production-orders/" + number + "/release", "application/json", "{}");
    assertThat(release.statusCode()).as(release.body()).isEqualTo(200);
    return number;
  }

  @Test
  void a_release_sent_twice_at_once_gives_the_operation_one_subcontract_order() throws Exception {
    String prd = planned(SHAFT, 4);
    String release = "production-orders/" + prd + "/release";

    List<HttpResponse<String>> answers =
        Concurrently.send(
            () -> supervisor.post(release, "application/json", "{}"),
            () -> supervisor.post(release, "application/json", "{}"));

    assertThat(answers)
        .as("the second finds the order released")
        .extracting(HttpResponse::statusCode)
        .containsExactlyInAnyOrder(200, 422);
    assertThat(subcontractOrders(prd)).hasSize(1);
  }

  @Test
  void cancelling_a_released_order_cancels_its_subcontract_orders_that_shipped_nothing() {
    String prd = released(SHAFT, 3);
    String sc = liveOrder(prd).getString("number");

    HttpResponse<String> cancelled =
        planner.post("production-orders/" + prd + "/cancel", "application/json", "{}");

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(Api.object(planner.get("subcontracting/orders/" + sc)).getString("status"))
        .isEqualTo("CANCELLED");
  }

  @Test
  void two_treatments_in_a_row_at_one_subcontractor_go_out_together_and_split_before_shipping() {
    String prd = released(PIN, 20);
    JsonObject grouped = liveOrder(prd);
    assertThat(grouped.getJsonArray("operations").toString()).isEqualTo("[20,30]");
    assertThat(number(grouped, "unit_price")).isEqualByComparingTo("0.5");
    String number = grouped.getString("number");

    HttpResponse<String> split =
        planner.post("subcontracting/orders/" + number + "/ungroup", "application/json", "");
    assertThat(split.statusCode()).as(split.body()).isEqualTo(200);
    assertThat(Api.array(split).getValuesAs(JsonObject.class))
        .extracting(o -> o.getJsonArray("operations") + " after " + o.getInt("previous_operation"))
        .containsExactly("[20] after 10", "[30] after 20");
    assertThat(Api.object(planner.get("subcontracting/orders/" + number)).getString("status"))
        .isEqualTo("CANCELLED");
    HttpResponse<String> again =
        planner.post("subcontracting/orders/" + number + "/ungroup", "application/json", "");
    assertThat(again.statusCode()).isEqualTo(409);
    HttpResponse<String> byASupervisor =
        supervisor.post(
            "subcontracting/orders/"
                + Api.array(split).getJsonObject(0).getString("number")
                + "/ungroup",
            "application/json",
            "");
    assertThat(byASupervisor.statusCode()).isEqualTo(403);
  }
}
