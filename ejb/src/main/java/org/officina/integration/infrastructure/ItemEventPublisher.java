package org.officina.integration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.officina.engineering.model.ItemChanged;
import org.officina.integration.model.EventOutbox;
import org.officina.integration.model.OutboundEvent;
import org.officina.shared.infrastructure.json.ItemJson;
import org.officina.shared.infrastructure.json.JsonSupport;

/**
 * Publishes every item change on the ItemEvents topic. It observes the change inside the
 * transaction that makes it and writes the event to the outbox in that transaction, so that the
 * event exists if and only if the change commits; the relay sends it.
 */
@ApplicationScoped
public class ItemEventPublisher {

  public static final String EVENT_PROPERTY = "officinaEvent";

  static final String TOPIC = "java:/jms/officina/ItemEvents";

  @Inject EventOutbox outbox;

  void publish(@Observes ItemChanged change) {
    String event = "Item" + capitalised(change.change().name());
    String body =
        JsonSupport.object()
            .add("event", event)
            .add("code", change.item().code())
            .add("item", ItemJson.write(change.item()))
            .add("user", change.user())
            .add("at", change.at().toString())
            .build()
            .toString();
    outbox.append(
        new OutboundEvent(
            TOPIC, body, Map.of(EVENT_PROPERTY, event, "code", change.item().code())));
  }

  private static String capitalised(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
