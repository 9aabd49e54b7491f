package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declarations sent as JMS messages, as machines and other systems send them: applied once however
 * often they are delivered, published as events, and refused to the dead-letter queue with the
 * reason when they cannot be applied.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class WorkReportMessagingIT {

  private static final String P =
      "WR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
  private static final long WAIT = Duration.ofSeconds(20).toMillis();

  private final Api planner = Api.as(TestUsers.PLANNER);
  private JMSContext jms;
  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeAll
  static void plantOfItsOwn() throws IOException {
    ShopFloor.importPlant(P);
  }

  @BeforeEach
  void connect() {
    jms =
        new ActiveMQConnectionFactory(
                "tcp://localhost:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor")
            .createContext(TestUsers.INTEGRATION, TestUsers.PASSWORD);
  }

  @AfterEach
  void disconnect() {
    jms.close();
  }

  private Queue queue(String name) {
    return jms.createQueue("jms.queue." + name);
  }

  private String releasedOrder() {
    return ShopFloor.released(planner, P, "10");
  }

  private void send(String body) {
    jms.createProducer().send(queue("WorkReportCommands"), body);
  }

  private static String declaration(String clientId, String order, int good) {
    return "{\"client_id\": \"%s\", \"order\": \"%s\", \"operation\": 10, \"minutes\": 12.5, \"good_qty\": %d, \"operators\": [\"OP-004\"]}"
        .formatted(clientId, order, good);
  }

  private JsonObject turning(String order) {
    return Api.object(planner.get("production-orders/" + order))
        .getJsonArray("operations")
        .getJsonObject(0)
        .getJsonObject("progress");
  }

  /**
   * Waits until the queue holds no message still to be delivered (or being delivered), as the
   * server's management counts them: the integration account may send to it but not look into it.
   */
  private void drained(String name) throws Exception {
    ModelNode count =
        Operations.createReadAttributeOperation(
            Operations.createAddress(
                "subsystem", "messaging-activemq", "server", "default", "jms-queue", name),
            "message-count");
    Instant deadline = Instant.now().plusMillis(WAIT);
    while (Instant.now().isBefore(deadline)) {
      ModelNode result = management.getControllerClient().execute(count);
      if (Operations.readResult(result).asLong() == 0) {
        return;
      }
      MrpRuns.pause(100);
    }
    throw new AssertionError(name + " still holds messages after " + WAIT + " ms");
  }

  private static List<String> events(JMSConsumer consumer, int count) throws Exception {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      TextMessage message = (TextMessage) consumer.receive(WAIT);
      assertThat(message).as("event " + (i + 1) + " of " + count + " after " + events).isNotNull();
      JsonObject body = Json.createReader(new StringReader(message.getText())).readObject();
      events.add(
          body.getString("event")
              + (body.containsKey("good_qty") ? " " + body.getJsonNumber("good_qty") : ""));
    }
    return events;
  }

  @Test
  void a_declaration_sent_as_a_message_is_applied_once_and_published() throws Exception {
    String order = releasedOrder();
    String clientId = UUID.randomUUID().toString();
    try (JMSConsumer events =
        jms.createConsumer(
            jms.createTopic("jms.topic.ProductionEvents"),
            // the release's event leaves the outbox within a second, perhaps after this subscribes
            "order = '" + order + "' AND officinaEvent <> 'ProductionOrderReleased'")) {
      send(declaration(clientId, order, 5));
      assertThat(events(events, 2)).containsExactly("OperationStarted", "QuantityDeclared 5");

      send(declaration(clientId, order, 5));
      send(declaration(clientId, order, 5));
      send(declaration(UUID.randomUUID().toString(), order, 1));
      assertThat(events(events, 1)).containsExactly("QuantityDeclared 1");
      drained("WorkReportCommands");
      assertThat(events.receiveNoWait()).isNull();
    }
    JsonObject progress = turning(order);
    assertThat(progress.getJsonNumber("good_qty").bigDecimalValue()).isEqualByComparingTo("6");
    assertThat(progress.getJsonNumber("run_minutes").bigDecimalValue()).isEqualByComparingTo("25");
    List<JsonObject> reports =
        Api.array(planner.get("production-orders/" + order + "/work-reports"))
            .getValuesAs(JsonObject.class);
    assertThat(reports).extracting(r -> r.getString("source")).containsExactly("JMS", "JMS");
    assertThat(reports.get(0).getString("recorded_by")).isEqualTo("jms-integration");
    assertThat(reports.get(0).getJsonArray("operators").getString(0)).isEqualTo("OP-004");
  }

  @Test
  void a_message_that_cannot_be_applied_goes_to_the_dead_letter_queue_and_writes_nothing()
      throws Exception {
    String order = releasedOrder();
    try (JMSConsumer deadLetters =
        jms.createConsumer(queue("WorkReportDeadLetters"), "officinaError IS NOT NULL")) {
      while (deadLetters.receiveNoWait() != null) {
        // letters left by earlier runs are not this test's
      }
      send("{\"client_id\": \"x\", \"order\": ");
      send(declaration(UUID.randomUUID().toString(), "PRD-NOSUCH", 1));
      send(declaration(UUID.randomUUID().toString(), order, 12));
      List<String> reasons = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Message letter = deadLetters.receive(WAIT);
        assertThat(letter).as("dead letter " + (i + 1)).isNotNull();
        reasons.add(letter.getStringProperty("officinaError"));
      }
      assertThat(reasons)
          .anySatisfy(r -> assertThat(r).contains("not valid JSON"))
          .anySatisfy(
              r -> assertThat(r).isEqualTo("order: no production order has the number PRD-NOSUCH"))
          .anySatisfy(
              r ->
                  assertThat(r)
                      .startsWith("good_qty: 12 more after the 0 declared goes beyond the 11"));
    }
    assertThat(turning(order).getJsonNumber("good_qty").bigDecimalValue())
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(Api.array(planner.get("production-orders/" + order + "/work-reports"))).isEmpty();
  }
}
