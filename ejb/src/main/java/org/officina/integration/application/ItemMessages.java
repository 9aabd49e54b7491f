package org.officina.integration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.ItemData;
import org.officina.integration.model.InboundMessageFormat;
import org.officina.shared.model.Roles;

/**
 * Applies item messages from other corporate systems (a PLM, say): a JSON object with the item's
 * properties, as the REST API takes them, creates the item or revises it. A message that cannot be
 * applied (not JSON, not an object, breaking the item rules) goes to the dead-letter queue with the
 * reason, and nothing is written.
 */
@Stateless
@RolesAllowed(Roles.INTEGRATION)
public class ItemMessages {

  @Inject ItemService items;
  @Inject DeadLetters deadLetters;
  @Inject InboundMessageFormat format;

  public void receive(String body, String messageId) {
    InboundMessageFormat.Reading<ItemData> item = format.item(body);
    if (!item.violations().isEmpty()) {
      InboundMessage.refuse(
          deadLetters, DeadLetters.Inbound.ITEMS, body, item.violations(), messageId);
      return;
    }
    items.importItems(List.of(item.value()));
  }
}
