package org.officina.integration.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.officina.integration.application.DeadLetters;
import org.officina.integration.application.ItemMessages;
import org.officina.shared.model.Roles;

/**
 * Takes item create/update messages from the ItemCommands queue and hands them to {@link
 * ItemMessages}.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/officina/ItemCommands"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@RunAs(Roles.INTEGRATION)
@PermitAll
public class ItemCommandConsumer implements MessageListener {

  @Inject ItemMessages messages;
  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    try {
      if (message instanceof TextMessage text) {
        messages.receive(text.getText(), message.getJMSMessageID());
      } else {
        deadLetters.refuse(
            DeadLetters.Inbound.ITEMS,
            null,
            "not a text message: item messages are JSON text",
            message.getJMSMessageID());
      }
    } catch (JMSException e) {
      throw new IllegalStateException("cannot read item message", e);
    }
  }
}
