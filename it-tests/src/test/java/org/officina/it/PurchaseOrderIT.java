package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
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
 * Purchase orders on the deployed EAR, over REST: MRP proposes buying, a planner firms and converts
 * the proposals into draft orders gathered by supplier and priced by the price lists (or refused,
 * naming the proposal no list prices), confirms one and receives it in two parts; stock and MRP
 * supply follow each receipt, a receipt over the tolerance is refused, a repeated receipt changes
 * nothing, and receipts at once take turns.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class PurchaseOrderIT {

  private static final String P =
      "PO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
  private static final String RUN =
      "{\"start\": \"2027-01-04\", \"horizonDays\": 180, \"mode\": \"REGENERATIVE\"}";

  private static Map<String, Long> firmByItem;
  private final Api planner = Api.as(TestUsers.PLANNER);

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  /**
   * A pump of a bar (2 kg each) and four screws, 20 sold; the bar is bought from ACME (at least 50
   * kg, by 25), the screws from BRUNI, the nut from nobody yet. Planned, and each buy proposal
   * firmed.
   */
  @BeforeAll
  static void aPlantThatBuysThreeItemsPlannedAndFirmed() throws IOException {
    Api planner = Api.as(TestUsers.PLANNER);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "items.csv",
        "code,supply_type,uom\n"
            + (P + "PUMP,MAKE,PCS\n")
            + (P + "BAR,BUY,KG\n")
            + (P + "SCREW,BUY,PCS\n")
            + (P + "NUT,BUY,PCS\n"));
    // The plant MRP plans and the warehouse goods come into, whichever test made them first.
    files.put("departments.csv", "code,description,plant\n" + P + "STORES,Stores,MAIN\n");
    files.put(
        "warehouses.csv", "code,description,nettable,subcontractor\nMAIN,Main warehouse,true,\n");
    files.put(
        "suppliers.csv",
        "code,name,subcontractor\n" + P + "ACME,Acme,false\n" + P + "BRUNI,Bruni,false\n");
    files.put(
        "bom.csv",
        "parent,component,qty_per,scrap_pct\n"
            + (P + "PUMP," + P + "BAR,2,\n")
            + (P + "PUMP," + P + "SCREW,4,\n")
            + (P + "PUMP," + P + "NUT,4,\n"));
    files.put(
        "demand.csv",
        "type,number,item,qty,due_date\nSALES," + P + "SO," + P + "PUMP,20,2027-02-01\n");
    files.put(
        "price_lists.csv",
        "supplier,item,operation,currency,valid_from,valid_to,lead_time_days,min_qty,multiple,"
            + "break_qty,unit_price,preferred\n"
            + (P + "ACME," + P + "BAR,,EUR,2026-01-01,,10,50,25,0,4.5,true\n")
            + (P + "ACME," + P + "BAR,,EUR,2026-01-01,,10,50,25,100,4.2,true\n")
            + (P + "BRUNI," + P + "SCREW,,EUR,2026-01-01,,5,0,,0,0.1,true\n"));
    HttpResponse<String> imported =
        planner.postBytes("import/dataset", "application/zip", DatasetIT.zip(files));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    String run = String.valueOf(MrpRuns.runToTheEnd(planner, RUN).getInt("id"));
    List<CSVRecord> orders = MrpRuns.csv(planner.get("mrp/runs/" + run + "/planned-orders").body());
    firmByItem = new LinkedHashMap<>();
    for (CSVRecord order : orders) {
      if (order.get("item").startsWith(P) && order.get("type").equals("PURCHASE")) {
        HttpResponse<String> firmed =
            planner.post(
                "mrp/runs/" + run + "/firm",
                "application/json",
                "{\"numbers\": [" + order.get("number").substring("PLN-".length()) + "]}");
        assertThat(firmed.statusCode()).as(firmed.body()).isEqualTo(200);
        firmByItem.put(
            order.get("item").substring(P.length()),
            Api.object(firmed).getJsonArray("firm_planned_orders").getJsonNumber(0).longValue());
      }
    }
    assertThat(firmByItem).containsOnlyKeys("BAR", "SCREW", "NUT");
  }

  private HttpResponse<String> convert(String... items) {
    List<String> ids = new ArrayList<>();
    for (String item : items) {
      ids.add(String.valueOf(firmByItem.get(item)));
    }
    return planner.post(
        "mrp/firm-planned-orders/convert",
        "application/json",
        "{\"ids\": [" + String.join(", ", ids) + "]}");
  }

  private JsonObject order(String number) {
    HttpResponse<String> order = planner.get("purchasing/orders/" + number);
    assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
    return Api.object(order);
  }

  private HttpResponse<String> receive(Api api, String number, String body) {
    return api.post("purchasing/orders/" + number + "/receipts", "application/json", body);
  }

  /** What the bar's lot L1 holds in MAIN. */
  private BigDecimal stockOfLotL1() {
    JsonArray levels =
        Api.object(planner.get("stock?item=" + P + "BAR&warehouse=MAIN")).getJsonArray("content");
    return levels.getValuesAs(JsonObject.class).stream()
        .filter(l -> (P + "L1").equals(l.getString("lot", null)))
        .map(l -> l.getJsonNumber("qty").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private JsonArray supply(String number) {
    return Api.object(planner.get("purchasing/supply?number=" + number)).getJsonArray("content");
  }

  @Test
  void proposals_become_priced_drafts_by_supplier_received_in_two_parts_into_stock_and_supply()
      throws Exception {
    HttpResponse<String> unpriced = convert("BAR", "SCREW", "NUT");
    assertThat(unpriced.statusCode()).isEqualTo(422);
    assertThat(unpriced.body())
        .contains("FPO-" + firmByItem.get("NUT") + ": no price list for item " + P + "NUT");

    HttpResponse<String> converted = convert("BAR", "SCREW");
    assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);
    List<String> numbers =
        Api.object(converted)
            .getJsonArray("orders")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertThat(numbers).hasSize(2).allMatch(n -> n.startsWith("PO-"));
    JsonObject bar = order(numbers.get(0));
    JsonObject screws = order(numbers.get(1));
    assertThat(bar.getString("supplier")).isEqualTo(P + "ACME");
    assertThat(screws.getString("supplier")).isEqualTo(P + "BRUNI");
    JsonObject barLine = bar.getJsonArray("lines").getJsonObject(0);
    assertThat(bar.getString("status")).isEqualTo("DRAFT");
    assertThat(barLine.getJsonNumber("qty").bigDecimalValue())
        .as("40 kg needed, ordered at the minimum of 50")
        .isEqualByComparingTo("50");
    assertThat(barLine.getJsonNumber("unit_price").bigDecimalValue()).isEqualByComparingTo("4.5");
    assertThat(screws.getJsonArray("lines").getJsonObject(0).getJsonNumber("qty").bigDecimalValue())
        .isEqualByComparingTo("80");
    String po = numbers.get(0);
    assertThat(supply(po).getJsonObject(0).getJsonNumber("qty").bigDecimalValue())
        .isEqualByComparingTo("50");
    assertThat(convert("BAR").body()).contains("is already converted into " + po);

    HttpResponse<String> early = receive(planner, po, receipt("early", 10));
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(
            planner
                .post("purchasing/orders/" + po + "/confirm", "application/json", "")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> first = receive(Api.as(TestUsers.SUPERVISOR), po, receipt("g1", 30));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonObject seen = Api.object(first).getJsonObject("order");
    assertThat(seen.getString("status")).isEqualTo("PARTLY_RECEIVED");
    assertThat(seen.getJsonArray("lines").getJsonObject(0).get("unit_price"))
        .as("a supervisor receives without seeing prices")
        .isIn(null, jakarta.json.JsonValue.NULL);
    assertThat(stockOfLotL1()).isEqualByComparingTo("30");
    assertThat(supply(po).getJsonObject(0).getJsonNumber("qty").bigDecimalValue())
        .as("what is still to come")
        .isEqualByComparingTo("20");

    HttpResponse<String> over = receive(planner, po, receipt("g2", 21));
    assertThat(over.statusCode()).isEqualTo(422);
    assertThat(over.body()).contains("it may take 20 more at most");

    HttpResponse<String> rest = receive(planner, po, receipt("g3", 20));
    HttpResponse<String> repeated = receive(planner, po, receipt("g3", 20));
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(201);
    assertThat(repeated.statusCode()).isEqualTo(200);
    assertThat(Api.object(repeated).getBoolean("repeat")).isTrue();
    assertThat(stockOfLotL1()).as("the repeat changed nothing").isEqualByComparingTo("50");
    assertThat(order(po).getString("status")).isEqualTo("RECEIVED");
    assertThat(order(po).getJsonArray("receipts")).hasSize(2);
    assertThat(supply(po)).as("nothing more expected").isEmpty();
    String acme = "purchasing/orders?supplier=" + P + "ACME";
    assertThat(planner.get(acme + "&open=true").body()).doesNotContain("\"" + po + "\"");
    assertThat(planner.get(acme + "&status=RECEIVED").body()).contains("\"" + po + "\"");
  }

  /** A draft made by hand: one line of the item, due 2027-03-01, priced by the supplier's list. */
  private JsonObject byHand(String supplier, String item, int qty, int tolerancePct) {
    HttpResponse<String> made =
        planner.post(
            "purchasing/orders",
            "application/json",
            String.format(
                "{\"supplier\": \"%s\", \"currency\": \"EUR\", \"tolerance_pct\": %d,"
                    + " \"lines\": [{\"item\": \"%s\", \"qty\": %d, \"due_date\": \"2027-03-01\"}]}",
                P + supplier, tolerancePct, P + item, qty));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    return Api.object(made);
  }

  private static String receipt(String clientId, int qty) {
    return "{\"client_id\": \""
        + P
        + clientId
        + "\", \"line\": 1, \"qty\": "
        + qty
        + ", \"warehouse\": \"MAIN\", \"location\": \"A-01\", \"lot\": \""
        + P
        + "L1\"}";
  }

  @Test
  void two_receipts_at_once_that_together_go_over_the_tolerance_take_turns_and_one_is_refused()
      throws Exception {
    JsonObject order = byHand("BRUNI", "SCREW", 100, 10);
    assertThat(
            order
                .getJsonArray("lines")
                .getJsonObject(0)
                .getJsonNumber("unit_price")
                .bigDecimalValue())
        .as("priced by the supplier's list")
        .isEqualByComparingTo("0.1");
    String po = order.getString("number");
    planner.post("purchasing/orders/" + po + "/confirm", "application/json", "");
    String body = "{\"line\": 1, \"qty\": 60, \"warehouse\": \"MAIN\"}";

    List<HttpResponse<String>> both =
        Concurrently.send(
            () -> receive(Api.as(TestUsers.PLANNER), po, body),
            () -> receive(Api.as(TestUsers.SUPERVISOR), po, body));

    assertThat(both).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 422);
    assertThat(
            order(po)
                .getJsonArray("lines")
                .getJsonObject(0)
                .getJsonNumber("received")
                .bigDecimalValue())
        .isEqualByComparingTo("60");
  }

  @Test
  void the_same_receipt_sent_twice_at_once_is_recorded_once() throws Exception {
    JsonObject made = byHand("ACME", "BAR", 200, 0);
    String po = made.getString("number");
    assertThat(
            made.getJsonArray("lines")
                .getJsonObject(0)
                .getJsonNumber("unit_price")
                .bigDecimalValue())
        .as("the break from 100")
        .isEqualByComparingTo("4.2");
    planner.post("purchasing/orders/" + po + "/confirm", "application/json", "");
    String body =
        "{\"client_id\": \""
            + P
            + "twice\", \"line\": 1, \"qty\": 70, \"warehouse\": \"MAIN\", \"lot\": \""
            + P
            + "L2\"}";

    List<HttpResponse<String>> both =
        Concurrently.send(
            () -> receive(Api.as(TestUsers.PLANNER), po, body),
            () -> receive(Api.as(TestUsers.PLANNER), po, body));

    assertThat(both).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 200);
    assertThat(order(po).getJsonArray("receipts")).hasSize(1);
    assertThat(
            order(po)
                .getJsonArray("lines")
                .getJsonObject(0)
                .getJsonNumber("received")
                .bigDecimalValue())
        .isEqualByComparingTo("70");
  }

  @Test
  void confirming_and_receiving_an_order_are_published_on_the_purchasing_events_topic()
      throws Exception {
    String po = byHand("BRUNI", "SCREW", 10, 0).getString("number");
    try (JMSContext jms =
            new ActiveMQConnectionFactory(
                    "tcp://localhost:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor")
                .createContext(TestUsers.INTEGRATION, TestUsers.PASSWORD);
        JMSConsumer events =
            jms.createConsumer(
                jms.createTopic("jms.topic.PurchasingEvents"), "document = '" + po + "'")) {
      planner.post("purchasing/orders/" + po + "/confirm", "application/json", "");
      receive(planner, po, "{\"line\": 1, \"qty\": 4, \"warehouse\": \"MAIN\"}");

      List<String> seen = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        TextMessage message = (TextMessage) events.receive(20_000);
        assertThat(message).as("event %d after %s", k + 1, seen).isNotNull();
        JsonObject body = Json.createReader(new StringReader(message.getText())).readObject();
        seen.add(body.getString("event") + " " + body.get("qty"));
      }
      assertThat(seen).containsExactly("PurchaseOrderConfirmed null", "GoodsReceived 4");
    }
  }

  @Test
  void an_order_by_hand_with_wrong_lines_is_refused_naming_each_line_and_field() {
    HttpResponse<String> wrong =
        planner.post(
            "purchasing/orders",
            "application/json",
            "{\"supplier\": \"NOBODY\", \"currency\": \"euro\", \"tolerance_pct\": 150, \"lines\": ["
                + "{\"item\": \""
                + P
                + "SCREW\", \"qty\": 2.5, \"due_date\": \"2027-03-01\"},"
                + "{\"item\": \"NO-SUCH\", \"qty\": -1}]}");

    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(Api.errors(wrong).getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder(
            "supplier",
            "currency",
            "tolerance_pct",
            "lines[1].qty",
            "lines[2].item",
            "lines[2].qty",
            "lines[2].due_date");
    assertThat(planner.get("purchasing/orders/PO-0").statusCode()).isEqualTo(404);
  }

  @Test
  void cancelling_a_draft_takes_its_supply_away_and_it_can_no_longer_be_confirmed() {
    String po = byHand("BRUNI", "SCREW", 10, 0).getString("number");
    assertThat(supply(po)).hasSize(1);

    HttpResponse<String> cancelled =
        planner.post("purchasing/orders/" + po + "/cancel", "application/json", "");
    HttpResponse<String> again =
        planner.post("purchasing/orders/" + po + "/confirm", "application/json", "");

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(supply(po)).isEmpty();
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Api.detail(again)).contains("only a draft can be confirmed");
  }
}
