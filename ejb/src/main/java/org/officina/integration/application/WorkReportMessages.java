package org.officina.integration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.officina.execution.application.WorkReportService;
import org.officina.execution.model.ReportSource;
import org.officina.integration.model.DeclarationJson;
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

  public void receive(String body, String messageId) {
    Optional<JsonObject> json =
        InboundMessage.object(deadLetters, DeadLetters.Inbound.WORK_REPORTS, body, messageId);
    if (json.isEmpty()) {
      return;
    }
    DeclarationJson.Parsed parsed = DeclarationJson.read(json.get(), ReportSource.JMS);
    if (!parsed.violations().isEmpty()) {
      InboundMessage.refuse(
          deadLetters, DeadLetters.Inbound.WORK_REPORTS, body, parsed.violations(), messageId);
      return;
    }
    if (workReports.declare(parsed.declaration()) instanceof Outcome.Refused<?> refused) {
      InboundMessage.refuse(
          deadLetters, DeadLetters.Inbound.WORK_REPORTS, body, refused.violations(), messageId);
    }
  }
}
