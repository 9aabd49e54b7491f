package org.officina.integration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.officina.integration.model.EventOutbox;
import org.officina.integration.model.OutboundEvent;
import org.officina.purchasing.model.PurchasingEvent;
import org.officina.shared.infrastructure.json.JsonSupport;

/**
 * Publishes what happens in procurement on the PurchasingEvents topic: a purchase order confirmed,
 * goods received, a delivery note posted, a subcontract return posted. Like the other events, each
 * is written to the outbox in the transaction of the change, so it goes out if and only if the
 * change commits.
 */
@ApplicationScoped
public class PurchasingEventPublisher {

  static final String TOPIC = "java:/jms/officina/PurchasingEvents";

  @Inject EventOutbox outbox;

  void publish(@Observes PurchasingEvent event) {
    outbox.append(
        new OutboundEvent(
            TOPIC,
            json(event),
            Map.of(
                ItemEventPublisher.EVENT_PROPERTY,
                event.type().name(),
                "document",
                event.document(),
                "supplier",
                event.supplier())));
  }

  static String json(PurchasingEvent event) {
    JsonObjectBuilder json =
        JsonSupport.object()
            .add("event", event.type().name())
            .add("document", event.document())
            .add("supplier", event.supplier());
    if (event.item() != null) {
      json.add("item", event.item()).add("qty", event.qty());
    }
    return json.add("user", event.user()).add("at", event.at().toString()).build().toString();
  }
}
