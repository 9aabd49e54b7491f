package org.officina.integration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.officina.execution.application.WorkReportService;
import org.officina.execution.model.Declaration;
import org.officina.execution.model.ReportSource;
import org.officina.integration.model.InboundMessageFormat;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;

/**
 * Applies declarations that terminals, machines and other systems send as messages, the same JSON
 * as POST /work-reports takes. The declaration commits in its own transaction; a message that
 * cannot be applied (not JSON, unknown order, wrong state, beyond tolerance) goes to the
 * dead-letter queue with every reason, and nothing of it is written. A message delivered again is
 * recognised by its client id and changes nothing.
 */
@Stateless
@RolesAllowed(Roles.INTEGRATION)
public class WorkReportMessages {

  @Inject WorkReportService workReports;
  @Inject DeadLetters deadLetters;
  @Inject InboundMessageFormat format;

  public void receive(String body, String messageId) {
    InboundMessageFormat.Reading<Declaration> declaration =
        format.declaration(body, ReportSource.JMS);
    if (!declaration.violations().isEmpty()) {
      InboundMessage.refuse(
          deadLetters, DeadLetters.Inbound.WORK_REPORTS, body, declaration.violations(), messageId);
      return;
    }
    if (workReports.declare(declaration.value()) instanceof Outcome.Refused<?> refused) {
      InboundMessage.refuse(
          deadLetters, DeadLetters.Inbound.WORK_REPORTS, body, refused.violations(), messageId);
    }
  }
}
