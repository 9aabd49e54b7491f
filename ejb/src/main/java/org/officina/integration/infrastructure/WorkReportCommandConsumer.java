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
import org.officina.integration.application.WorkReportMessages;
import org.officina.shared.model.Roles;

/**
 * Takes declarations from the WorkReportCommands queue and hands them to {@link
 * WorkReportMessages}.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/officina/WorkReportCommands"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@RunAs(Roles.INTEGRATION)
@PermitAll
public class WorkReportCommandConsumer implements MessageListener {

  @Inject WorkReportMessages messages;
  @Inject DeadLetters deadLetters;

  @Override
  public void onMessage(Message message) {
    try {
      if (message instanceof TextMessage text) {
        messages.receive(text.getText(), message.getJMSMessageID());
      } else {
        deadLetters.refuse(
            DeadLetters.Inbound.WORK_REPORTS,
            null,
            "not a text message: declarations are JSON text",
            message.getJMSMessageID());
      }
    } catch (JMSException e) {
      throw new IllegalStateException("cannot read a declaration message", e);
    }
  }
}
