package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
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
 * What the floor records stays true when a sender errs: a client id reused for another declaration
 * does not swallow it, and material comes back only into the lots the order took.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class FloorIntegrityIT {

  private static final String P =
      "FI" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

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

  private static String run(String clientId, String order, int operation, int good) {
    return ShopFloor.run(clientId, order, operation, good, 0, "");
  }

  private HttpResponse<String> returned(String number, String lot) {
    return operator.post(
        "production-orders/" + number + "/returns",
        "application/json",
        "{\"lines\": [{\"line\": 1, \"qty\": 1, \"lot\": \"" + lot + "\"}]}");
  }

  private BigDecimal onHand(String item, String lot) {
    return Api.object(planner.get("stock?item=" + item))
        .getJsonArray("content")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(level -> lot.equals(level.getString("lot", null)))
        .map(level -> level.getJsonNumber("qty").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void a_client_id_reused_for_another_declaration_is_refused_and_the_first_kept() {
    String first = ShopFloor.released(supervisor, P, "10");
    String second = ShopFloor.released(supervisor, P, "10");
    String clientId = "sq-" + UUID.randomUUID();

    HttpResponse<String> declared =
        operator.post("work-reports", "application/json", run(clientId, first, 10, 3));
    HttpResponse<String> again =
        operator.post("work-reports", "application/json", run(clientId, first, 10, 3));
    HttpResponse<String> reused =
        supervisor.post("work-reports", "application/json", run(clientId, second, 10, 5));
    HttpResponse<String> otherQty =
        operator.post("work-reports", "application/json", run(clientId, first, 10, 4));

    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Api.object(again).getBoolean("repeat")).isTrue();
    assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
    assertThat(reused.body()).contains(clientId).contains(first);
    assertThat(otherQty.statusCode()).as(otherQty.body()).isEqualTo(409);
    assertThat(Api.array(planner.get("production-orders/" + second + "/work-reports"))).isEmpty();
    assertThat(Api.array(planner.get("production-orders/" + first + "/work-reports"))).hasSize(1);
  }

  @Test
  void material_goes_back_only_into_a_lot_the_order_took_and_no_more_than_it_holds() {
    String number = ShopFloor.released(supervisor, P, "3");
    HttpResponse<String> issued =
        operator.post(
            "production-orders/" + number + "/issues",
            "application/json",
            "{\"lines\": [{\"line\": 1, \"qty\": 3}]}");
    BigDecimal taken = onHand(P + "BODY", "LB1");

    HttpResponse<String> invented = returned(number, "LB-NEVER");
    HttpResponse<String> intoItsLot = returned(number, "LB1");

    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
    assertThat(invented.statusCode()).as(invented.body()).isEqualTo(422);
    assertThat(invented.body()).contains("LB-NEVER").contains(number);
    assertThat(onHand(P + "BODY", "LB-NEVER")).isZero();
    assertThat(intoItsLot.statusCode()).as(intoItsLot.body()).isEqualTo(200);
    assertThat(onHand(P + "BODY", "LB1")).isEqualByComparingTo(taken.add(BigDecimal.ONE));
  }
}
