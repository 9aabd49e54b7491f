package org.officina.integration.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.JsonObjectBuilder;
import org.officina.execution.model.ProductionEvent;
import org.officina.shared.infrastructure.json.JsonSupport;

/**
 * Publishes what happens to production orders on the ProductionEvents topic: released, operation
 * started, quantity declared, operation finished, completed, cancelled, closed. Like item events, a
 * message is sent in the transaction of the change through the XA connection factory, so it goes
 * out if and only if the change commits.
 */
@ApplicationScoped
public class ProductionEventPublisher {

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/officina/ProductionEvents")
  Topic topic;

  void publish(@Observes ProductionEvent event) {
    jms.createProducer()
        .setProperty(ItemEventPublisher.EVENT_PROPERTY, event.type().name())
        .setProperty("order", event.order())
        .setProperty("item", event.item())
        .send(topic, json(event));
  }

  static String json(ProductionEvent event) {
    JsonObjectBuilder json =
        JsonSupport.object()
            .add("event", event.type().name())
            .add("order", event.order())
            .add("item", event.item())
            .add("status", event.status().name());
    if (event.operation() != null) {
      json.add("operation", event.operation()).add("work_center", event.workCenter());
    }
    if (event.goodQty() != null) {
      json.add("good_qty", event.goodQty()).add("scrap_qty", event.scrapQty());
    }
    return json.add("user", event.user()).add("at", event.at().toString()).build().toString();
  }
}
