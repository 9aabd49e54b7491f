package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
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
 * Suppliers' price lists on the deployed EAR, over REST: saved, read, priced by break, minimum and
 * multiple, the preferred supplier before a cheaper one, wrong lists refused naming every field,
 * and a quote nobody can make refused with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class PriceListIT {

  private static final String P =
      "PL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
  private static final String BAR = P + "BAR";

  private final Api planner = Api.as(TestUsers.PLANNER);

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void anItemAndTwoSuppliers() {
    Api planner = Api.as(TestUsers.PLANNER);
    HttpResponse<String> item =
        planner.post(
            "items",
            "application/json",
            "{\"code\":\""
                + BAR
                + "\",\"description\":\"Bar\",\"supply_type\":\"BUY\",\"lead_time_days\":10}");
    assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
    HttpResponse<String> suppliers =
        planner.post(
            "import/suppliers",
            "text/csv",
            "code,name,subcontractor\n" + P + "ACME,Acme,false\n" + P + "BRUNI,Bruni,false\n");
    assertThat(suppliers.statusCode()).as(suppliers.body()).isEqualTo(200);
  }

  private static String list(String supplier, String breaks, boolean preferred) {
    return "{\"supplier\":\""
        + P
        + supplier
        + "\",\"item\":\""
        + BAR
        + "\",\"currency\":\"EUR\",\"valid_from\":\"2027-01-01\",\"lead_time_days\":7,"
        + "\"min_qty\":50,\"multiple\":25,\"breaks\":"
        + breaks
        + ",\"preferred\":"
        + preferred
        + "}";
  }

  private JsonObject quote(int qty) {
    HttpResponse<String> quote =
        planner.get("purchasing/quote?item=" + BAR + "&qty=" + qty + "&date=2027-03-01");
    assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
    return Api.object(quote);
  }

  @Test
  void lists_price_by_break_minimum_and_multiple_and_the_preferred_supplier_comes_first() {
    String acme = "[{\"from_qty\":0,\"unit_price\":5.00},{\"from_qty\":100,\"unit_price\":4.50}]";
    String bruni = "[{\"from_qty\":0,\"unit_price\":4.80}]";
    assertThat(planner.put("purchasing/price-lists", list("ACME", acme, false), null).statusCode())
        .isEqualTo(200);
    assertThat(
            planner.put("purchasing/price-lists", list("BRUNI", bruni, false), null).statusCode())
        .isEqualTo(200);

    List<JsonObject> read =
        Api.array(planner.get("purchasing/price-lists?item=" + BAR)).getValuesAs(JsonObject.class);
    assertThat(read)
        .extracting(l -> l.getString("supplier"))
        .containsExactly(P + "ACME", P + "BRUNI");
    assertThat(read.get(0).getJsonArray("breaks")).hasSize(2);

    JsonObject eighty = quote(80);
    assertThat(eighty.getString("supplier")).isEqualTo(P + "ACME");
    assertThat(eighty.getJsonNumber("qty").intValue()).isEqualTo(100);
    assertThat(eighty.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("450");
    JsonObject ten = quote(10);
    assertThat(ten.getString("supplier")).isEqualTo(P + "BRUNI");
    assertThat(ten.getJsonNumber("qty").intValue()).isEqualTo(50);

    assertThat(planner.put("purchasing/price-lists", list("BRUNI", bruni, true), null).statusCode())
        .isEqualTo(200);
    assertThat(quote(80).getString("supplier")).isEqualTo(P + "BRUNI");
    assertThat(Api.object(planner.get("purchasing/preferred-suppliers")).getString(BAR))
        .isEqualTo(P + "BRUNI");
  }

  @Test
  void a_wrong_list_is_refused_naming_every_field_and_nothing_is_saved() {
    String wrong =
        "{\"supplier\":\"NOBODY\",\"item\":\""
            + BAR
            + "\",\"currency\":\"euro\",\"valid_from\":\"2027-02-01\",\"valid_to\":\"2027-01-01\","
            + "\"breaks\":[{\"from_qty\":-1,\"unit_price\":5}]}";

    HttpResponse<String> refused = planner.put("purchasing/price-lists", wrong, null);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Api.errors(refused).getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("supplier", "currency", "valid_to", "break_qty");
    assertThat(
            Api.array(planner.get("purchasing/price-lists?item=" + BAR))
                .getValuesAs(JsonObject.class))
        .noneMatch(l -> l.getString("supplier").equals("NOBODY"));
  }

  @Test
  void a_quote_nobody_can_make_is_refused_with_the_reason() {
    HttpResponse<String> refused =
        planner.get("purchasing/quote?item=" + P + "NONE&qty=5&date=2027-03-01");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Api.errors(refused).getJsonObject(0).getString("message"))
        .isEqualTo("no price list for item " + P + "NONE");
    assertThat(
            planner.get("purchasing/quote?item=" + BAR + "&qty=abc&date=2027-03-01").statusCode())
        .isEqualTo(400);
  }

  @Test
  void a_list_is_removed_once() {
    String only = "[{\"from_qty\":0,\"unit_price\":1}]";
    String saved = list("ACME", only, false).replace("2027-01-01", "2028-01-01");
    assertThat(planner.put("purchasing/price-lists", saved, null).statusCode()).isEqualTo(200);
    String key =
        "purchasing/price-lists?supplier=" + P + "ACME&item=" + BAR + "&valid_from=2028-01-01";

    assertThat(planner.delete(key).statusCode()).isEqualTo(204);
    assertThat(planner.delete(key).statusCode()).isEqualTo(404);
  }
}
