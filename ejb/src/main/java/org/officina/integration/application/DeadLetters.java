package org.officina.integration.application;

/** Where inbound messages that cannot be applied go, with the reason, for a person to look at. */
public interface DeadLetters {

  void refuse(String body, String reason, String originalMessageId);
}
