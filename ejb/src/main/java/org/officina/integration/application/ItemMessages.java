package org.officina.integration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.officina.engineering.application.ItemService;
import org.officina.integration.model.ItemJson;
import org.officina.integration.model.JsonSupport;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Applies item messages from other corporate systems (a PLM, say): a JSON object with the item's
 * properties, as the REST API takes them, creates the item or revises it. A message that cannot be
 * applied (not JSON, not an object, breaking the item rules) goes to the dead-letter queue with the
 * reason, and nothing is written.
 */
@Stateless
@RolesAllowed(Roles.INTEGRATION)
public class ItemMessages {

  private static final Logger LOG = Logger.getLogger(ItemMessages.class.getName());

  @Inject ItemService items;
  @Inject DeadLetters deadLetters;

  public void receive(String body, String messageId) {
    JsonObject json;
    try (JsonReader reader = JsonSupport.reader(body)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        refuse(body, List.of(Violation.of(null, "json.notObject")), messageId);
        return;
      }
      json = value.asJsonObject();
    } catch (JsonException e) {
      refuse(body, List.of(Violation.of(null, "json.malformed", e.getMessage())), messageId);
      return;
    }
    ItemJson.Parsed parsed = ItemJson.read(json);
    if (!parsed.violations().isEmpty()) {
      refuse(body, parsed.violations(), messageId);
      return;
    }
    items.importItems(List.of(parsed.item()));
  }

  private void refuse(String body, List<Violation> violations, String messageId) {
    String reason =
        violations.stream()
            .map(v -> (v.field() == null ? "" : v.field() + ": ") + v.message())
            .collect(Collectors.joining("; "));
    LOG.warning(() -> "item message " + messageId + " refused: " + reason);
    deadLetters.refuse(body, reason, messageId);
  }
}
