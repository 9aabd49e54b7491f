package org.officina.integration.application;

import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.officina.shared.model.Violation;

/**
 * An inbound message refused: sent to its channel's dead-letter queue with every reason in English,
 * and logged.
 */
final class InboundMessage {

  private static final Logger LOG = Logger.getLogger(InboundMessage.class.getName());

  private InboundMessage() {}

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
