package org.officina.integration.application;

/** Where inbound messages that cannot be applied go, with the reason, for a person to look at. */
public interface DeadLetters {

  /** The inbound channels, each with its own dead-letter queue. */
  enum Inbound {
    ITEMS,
    WORK_REPORTS
  }

  void refuse(Inbound channel, String body, String reason, String originalMessageId);
}
