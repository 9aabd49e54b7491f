package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * Every failure a client causes is a 4xx in the API's one format (RFC 9457 problem details), never
 * a 500 or a stack trace: the requests below each answered 500 before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ApiErrorsIT {

  private static final String P =
      "AE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  private final Api planner = Api.as(TestUsers.PLANNER);

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void plantOfItsOwn() throws IOException {
    ShopFloor.importPlant(P);
  }

  private static void refused(HttpResponse<String> response, int status, String saying) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Api.detail(response)).contains(saying);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void a_page_beyond_every_item_is_a_bad_request_not_an_overflow() {
    refused(planner.get("items?page=2147483647"), 400, "page 0 to");
  }

  @Test
  void a_quantity_that_is_not_a_number_is_a_bad_request_naming_the_property() {
    HttpResponse<String> response =
        planner.put(
            "boms/" + P + "PUMP",
            "{\"lines\": [{\"component\": \"" + P + "BODY\", \"qty_per\": \"abc\"}]}",
            null);

    refused(response, 400, "qty_per");
  }

  @Test
  void a_body_that_is_not_json_is_a_bad_request() {
    refused(planner.post("work-reports", "application/json", "{\"client_id\": "), 400, "JSON");
  }

  @Test
  void deleting_an_item_a_bill_uses_is_a_conflict_and_the_item_stays() {
    refused(planner.delete("items/" + P + "BODY"), 409, "still used");
    assertThat(planner.get("items/" + P + "BODY").statusCode()).isEqualTo(200);
  }

  @Test
  void working_time_beyond_a_year_is_a_bad_request_naming_the_bound() {
    refused(
        planner.get("plant/calendars/ANY/working-time?from=2027-01-04T10:00:00Z&minutes=99999999"),
        400,
        "minutes must be from -527040 to 527040");
  }

  @Test
  void an_explosion_of_a_huge_quantity_is_refused_at_once() {
    long started = System.nanoTime();
    HttpResponse<String> response = planner.get("boms/" + P + "PUMP/explosion?qty=1E%2B200000");

    refused(response, 400, "qty");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void a_small_zip_of_millions_of_wrong_lines_is_refused_after_the_first_thousand_errors()
      throws IOException {
    String wrongLines = (P + "BODY,MAIN,abc\n").repeat(2_000_000);
    byte[] zip = DatasetIT.zip(Map.of("stock.csv", "item,warehouse,qty\n" + wrongLines));
    long started = System.nanoTime();

    HttpResponse<String> response = planner.postBytes("import/dataset", "application/zip", zip);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonArray errors = Api.errors(response);
    assertThat(Api.problem(response).getInt("error_count")).isEqualTo(1001);
    assertThat(errors.getJsonObject(1000).getString("message"))
        .startsWith("more than 1,000 errors");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void an_unknown_address_a_wrong_method_and_a_wrong_body_type_answer_as_problems() {
    refused(planner.get("no-such-thing"), 404, "nothing at this address");
    refused(planner.post("items/" + P + "BODY", "application/json", "{}"), 405, "method");
    refused(planner.post("work-reports", "text/plain", "{}"), 415, "Content-Type");
  }

  @Test
  void a_parameter_that_does_not_convert_is_a_bad_request_naming_it() {
    refused(planner.get("items?page=abc"), 400, "page");
  }
}
