package org.officina.integration.model;

import java.util.Map;

/**
 * An event for other systems: the destination it goes to (a topic's JNDI name), its JSON body and
 * the string properties their selectors read.
 */
public record OutboundEvent(String destination, String body, Map<String, String> properties) {

  public OutboundEvent {
    properties = Map.copyOf(properties);
  }

  /** The event as the outbox holds it until it is published, with its place in the queue. */
  public record Stored(long id, OutboundEvent event) {}
}
