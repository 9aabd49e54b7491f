package org.officina.integration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.officina.execution.model.ProductionEvent;
import org.officina.integration.model.EventOutbox;
import org.officina.integration.model.OutboundEvent;
import org.officina.shared.infrastructure.json.JsonSupport;

/**
 * Publishes what happens to production orders on the ProductionEvents topic: released, operation
 * started, quantity declared, operation finished, completed, cancelled, closed. Like item events,
 * an event is written to the outbox in the transaction of the change, so it goes out if and only if
 * the change commits.
 */
@ApplicationScoped
public class ProductionEventPublisher {

  static final String TOPIC = "java:/jms/officina/ProductionEvents";

  @Inject EventOutbox outbox;

  void publish(@Observes ProductionEvent event) {
    outbox.append(
        new OutboundEvent(
            TOPIC,
            json(event),
            Map.of(
                ItemEventPublisher.EVENT_PROPERTY,
                event.type().name(),
                "order",
                event.order(),
                "item",
                event.item())));
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
