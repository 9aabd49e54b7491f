package org.officina.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Item messages from another corporate system over JMS, as a PLM would send them: valid ones change
 * the item master and are published on the events topic; invalid ones end in the dead-letter queue
 * with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ItemMessagingIT {

  private final Api planner = Api.as(TestUsers.PLANNER);
  private final String prefix =
      "JMS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
  private ConnectionFactory factory;
  private JMSContext jms;

  @Deployment(testable = false)
  static EnterpriseArchive officina() {
    return OfficinaEar.asBuilt();
  }

  @BeforeEach
  void connect() {
    factory =
        new ActiveMQConnectionFactory(
            "tcp://localhost:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
    jms = factory.createContext(TestUsers.INTEGRATION, TestUsers.PASSWORD);
  }

  @AfterEach
  void disconnect() {
    jms.close();
  }

  private Queue queue(String name) {
    return jms.createQueue("jms.queue." + name);
  }

  @Test
  void a_valid_message_creates_the_item_and_its_change_is_published() throws Exception {
    String code = prefix + "PLM1";
    try (JMSConsumer events =
        jms.createConsumer(jms.createTopic("jms.topic.ItemEvents"), "code = '" + code + "'")) {
      jms.createProducer()
          .send(
              queue("ItemCommands"),
              "{\"code\":\"" + code + "\",\"description\":\"From PLM\",\"supply_type\":\"MAKE\"}");

      TextMessage event = (TextMessage) events.receive(Duration.ofSeconds(20).toMillis());
      assertThat(event).isNotNull();
      assertThat(event.getLongProperty("officinaEventId"))
          .as("the outbox id of the event")
          .isPositive();
      JsonObject body = Json.createReader(new StringReader(event.getText())).readObject();
      assertThat(body.getString("event")).isEqualTo("ItemCreated");
      assertThat(body.getJsonObject("item").getString("supply_type")).isEqualTo("MAKE");
    }
    JsonObject item = Api.object(planner.get("items/" + code));
    assertThat(item.getString("description")).isEqualTo("From PLM");
    assertThat(item.getString("created_by")).isEqualTo("jms-integration");
  }

  @Test
  void a_malformed_or_invalid_message_goes_to_the_dead_letter_queue_with_the_reason()
      throws Exception {
    String code = prefix + "BAD";
    try (JMSConsumer deadLetters =
        jms.createConsumer(queue("ItemDeadLetters"), "officinaError IS NOT NULL")) {
      drain(deadLetters);
      jms.createProducer().send(queue("ItemCommands"), "{\"code\":\"" + code + "\", \"uom\": ");
      Message malformed = deadLetters.receive(Duration.ofSeconds(20).toMillis());
      assertThat(malformed).isNotNull();
      assertThat(malformed.getStringProperty("officinaError")).contains("not valid JSON");

      jms.createProducer()
          .send(queue("ItemCommands"), "{\"code\":\"" + code + "\",\"uom\":\"BOX\"}");
      Message invalid = deadLetters.receive(Duration.ofSeconds(20).toMillis());
      assertThat(invalid).isNotNull();
      assertThat(invalid.getStringProperty("officinaError"))
          .isEqualTo("uom: 'BOX' is not one of PCS, KG, M, L");
      assertThat(((TextMessage) invalid).getText()).contains(code);
    }
    assertThat(planner.get("items/" + code).statusCode()).isEqualTo(404);
  }

  @Test
  void the_integration_account_may_not_publish_events_nor_take_commands_meant_for_officina() {
    assertThatThrownBy(
            () ->
                jms.createProducer()
                    .send(jms.createTopic("jms.topic.ItemEvents"), "{\"event\":\"ItemDeleted\"}"))
        .isInstanceOf(JMSSecurityRuntimeException.class);
    assertThatThrownBy(() -> jms.createConsumer(queue("ItemCommands")))
        .isInstanceOf(JMSSecurityRuntimeException.class);
  }

  private static void drain(JMSConsumer consumer) {
    while (consumer.receiveNoWait() != null) {
      // messages left by earlier runs are not this test's
    }
  }
}
