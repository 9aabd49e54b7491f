package org.officina.integration.infrastructure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.officina.integration.model.OutboundEvent;
import org.officina.shared.model.Roles;

/**
 * Sends a batch of events to the broker in a transaction of its own, which involves the broker
 * only: the batch is on the broker when the call returns, before the outbox's removal of it
 * commits, and one commit for the batch is much faster than one durable send per event.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxSender {

  static final String EVENT_ID = "officinaEventId";

  private static final Map<String, Destination> DESTINATIONS = new ConcurrentHashMap<>();

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  public void send(List<OutboundEvent.Stored> events) {
    for (OutboundEvent.Stored stored : events) {
      JMSProducer producer = jms.createProducer().setProperty(EVENT_ID, stored.id());
      stored.event().properties().forEach(producer::setProperty);
      producer.send(destination(stored.event().destination()), stored.event().body());
    }
  }

  private static Destination destination(String jndiName) {
    return DESTINATIONS.computeIfAbsent(
        jndiName,
        name -> {
          try {
            return InitialContext.doLookup(name);
          } catch (NamingException e) {
            throw new IllegalStateException("no destination " + name, e);
          }
        });
  }
}
