package org.officina.integration.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import java.util.Locale;
import org.officina.engineering.model.ItemChanged;
import org.officina.shared.infrastructure.json.ItemJson;
import org.officina.shared.infrastructure.json.JsonSupport;

/**
 * Publishes every item change on the ItemEvents topic. It observes the change inside the
 * transaction that makes it and sends through the XA connection factory, so a message goes out if
 * and only if the change commits.
 */
@ApplicationScoped
public class ItemEventPublisher {

  public static final String EVENT_PROPERTY = "officinaEvent";

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/officina/ItemEvents")
  Topic topic;

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
    jms.createProducer()
        .setProperty(EVENT_PROPERTY, event)
        .setProperty("code", change.item().code())
        .send(topic, body);
  }

  private static String capitalised(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
