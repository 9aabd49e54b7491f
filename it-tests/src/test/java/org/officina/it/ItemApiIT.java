package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The item master's REST API on the deployed EAR, called as another corporate system would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ItemApiIT {

  private final Api planner = Api.as(TestUsers.PLANNER);
  private final String prefix =
      "API" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  private static String pump(String code, int leadTime) {
    return "{\"code\":\""
        + code
        + "\",\"description\":\"Gear pump\",\"supply_type\":\"MAKE\","
        + "\"lead_time_days\":"
        + leadTime
        + ",\"lot_rule\":\"FOQ\",\"lot_qty\":20}";
  }

  @Test
  void an_item_is_created_read_revised_and_deleted() {
    String code = prefix + "GP1";
    HttpResponse<String> created = planner.post("items", "application/json", pump(code, 5));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue(Api.BASE + "items/" + code);

    JsonObject read = Api.object(planner.get("items/" + code));
    assertThat(read.getString("supply_type")).isEqualTo("MAKE");
    assertThat(read.getInt("lot_qty")).isEqualTo(20);
    assertThat(read.getString("created_by")).isEqualTo(TestUsers.PLANNER);

    String etag = planner.get("items/" + code).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> revised = planner.put("items/" + code, pump(code, 8), etag);
    assertThat(revised.statusCode()).isEqualTo(200);
    assertThat(Api.object(revised).getInt("lead_time_days")).isEqualTo(8);

    assertThat(planner.delete("items/" + code).statusCode()).isEqualTo(204);
    assertThat(planner.get("items/" + code).statusCode()).isEqualTo(404);
  }

  @Test
  void an_absent_item_is_404_and_a_taken_code_409() {
    assertThat(planner.get("items/" + prefix + "NONE").statusCode()).isEqualTo(404);
    String code = prefix + "TWICE";
    assertThat(planner.post("items", "application/json", pump(code, 1)).statusCode())
        .isEqualTo(201);
    HttpResponse<String> again = planner.post("items", "application/json", pump(code, 1));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Api.detail(again)).contains(code);
  }

  @Test
  void a_change_based_on_an_old_version_is_refused_instead_of_overwriting() {
    String code = prefix + "RACE";
    planner.post("items", "application/json", pump(code, 1));
    assertThat(planner.put("items/" + code, pump(code, 2), "\"1\"").statusCode()).isEqualTo(200);
    HttpResponse<String> stale = planner.put("items/" + code, pump(code, 3), "\"1\"");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(Api.object(planner.get("items/" + code)).getInt("lead_time_days")).isEqualTo(2);
  }

  @Test
  void invalid_items_are_refused_with_every_field_named_in_the_clients_language() {
    HttpResponse<String> refused =
        planner.post(
            "items",
            "application/json",
            "{\"code\":\"BAD CODE\",\"uom\":\"BOX\",\"lot_rule\":\"FOQ\"}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Api.errors(refused).getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("code", "uom", "lot_qty");
    assertThat(planner.post("items", "application/json", "{not json").statusCode()).isEqualTo(400);
  }

  @Test
  void the_list_pages_filters_and_sorts() {
    for (int i = 1; i <= 5; i++) {
      planner.post("items", "application/json", pump(prefix + "L" + i, i));
    }
    JsonObject page =
        Api.object(planner.get("items?code=" + prefix + "L&size=2&page=1&sort=-lead_time_days"));
    assertThat(page.getInt("total")).isEqualTo(5);
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("code"))
        .containsExactly(prefix + "L3", prefix + "L2");
    assertThat(planner.get("items?supply_type=PAINTED").statusCode()).isEqualTo(400);
  }

  @Test
  void a_csv_import_with_one_bad_line_writes_nothing_and_names_the_line() {
    String csv =
        "code,description,uom,lot_rule,lot_qty\n"
            + prefix
            + "C1,Cover,PCS,FOQ,50\n"
            + prefix
            + "C2,Oil,LITRES,LFL,\n"
            + prefix
            + "C3,Body,PCS,LFL,\n";
    HttpResponse<String> refused = planner.post("import/items", "text/csv", csv);
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonObject error = Api.errors(refused).getJsonObject(0);
    assertThat(error.getString("file")).isEqualTo("items.csv");
    assertThat(error.getInt("line")).isEqualTo(3);
    assertThat(error.getString("column")).isEqualTo("uom");
    assertThat(Api.object(planner.get("items?code=" + prefix + "C")).getInt("total")).isZero();

    HttpResponse<String> accepted =
        planner.post("import/items", "text/csv", csv.replace("LITRES", "L"));
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(Api.object(accepted).getInt("created")).isEqualTo(3);
    HttpResponse<String> again =
        planner.post("import/items", "text/csv", csv.replace("LITRES", "L"));
    assertThat(Api.object(again).getInt("unchanged")).isEqualTo(3);
  }

  @Test
  void the_export_is_the_exchange_format_and_reads_back_unchanged() {
    planner.post("import/items", "text/csv", "code,uom,safety_stock\n" + prefix + "E1,KG,12.5\n");
    String export = planner.get("export/items").body();
    assertThat(export).startsWith("code,description,uom,supply_type,lead_time_days,lot_rule");
    assertThat(export).contains(prefix + "E1,,KG,BUY,0,LFL,,0,0,,12.5");
    HttpResponse<String> reimport = planner.post("import/items", "text/csv", export);
    assertThat(reimport.statusCode()).isEqualTo(200);
    assertThat(Api.object(reimport).getInt("created")).isZero();
    assertThat(Api.object(reimport).getInt("updated")).isZero();
  }

  @Test
  void a_user_without_the_role_is_refused_403_and_no_user_at_all_401() {
    Api operator = Api.as(TestUsers.OPERATOR);
    assertThat(operator.get("items").statusCode()).isEqualTo(200);
    assertThat(operator.post("items", "application/json", pump(prefix + "OP", 1)).statusCode())
        .isEqualTo(403);
    assertThat(operator.post("import/items", "text/csv", "code\n" + prefix + "OP\n").statusCode())
        .isEqualTo(403);
    assertThat(planner.get("items/" + prefix + "OP").statusCode()).isEqualTo(404);

    HttpResponse<String> anonymous = Api.anonymous().get("items");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void the_integration_account_uses_the_api_with_http_basic() {
    Api integration = Api.as(TestUsers.INTEGRATION);
    assertThat(integration.post("items", "application/json", pump(prefix + "PLM", 3)).statusCode())
        .isEqualTo(201);
    assertThat(Api.object(integration.get("items/" + prefix + "PLM")).getString("created_by"))
        .isEqualTo(TestUsers.INTEGRATION);
  }
}
