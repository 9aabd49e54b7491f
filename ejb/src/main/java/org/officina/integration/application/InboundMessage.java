package org.officina.integration.application;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.officina.integration.model.JsonSupport;
import org.officina.shared.model.Violation;

/**
 * An inbound message's body read as a JSON object, or refused: sent to its channel's dead-letter
 * queue with every reason in English, and logged.
 */
final class InboundMessage {

  private static final Logger LOG = Logger.getLogger(InboundMessage.class.getName());

  private InboundMessage() {}

  /** The body as a JSON object; empty when it is not one (and then it was refused). */
  static Optional<JsonObject> object(
      DeadLetters deadLetters, DeadLetters.Inbound channel, String body, String messageId) {
    try (JsonReader reader = JsonSupport.reader(body)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        refuse(
            deadLetters, channel, body, List.of(Violation.of(null, "json.notObject")), messageId);
        return Optional.empty();
      }
      return Optional.of(value.asJsonObject());
    } catch (JsonException e) {
      refuse(
          deadLetters,
          channel,
          body,
          List.of(Violation.of(null, "json.malformed", e.getMessage())),
          messageId);
      return Optional.empty();
    }
  }

  static void refuse(
      DeadLetters deadLetters,
      DeadLetters.Inbound channel,
      String body,
      List<Violation> violations,
      String messageId) {
    String reason =
        violations.stream()
            .map(v -> (v.field() == null ? "" : v.field() + ": ") + v.message())
            .collect(Collectors.joining("; "));
    LOG.warning(() -> channel + " message " + messageId + " refused: " + reason);
    deadLetters.refuse(channel, body, reason, messageId);
  }
}
