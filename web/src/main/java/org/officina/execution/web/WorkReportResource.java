package org.officina.execution.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.officina.execution.application.WorkReportService;
import org.officina.execution.model.DeclarationRules;
import org.officina.execution.model.ReportSource;
import org.officina.shared.infrastructure.json.DeclarationJson;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Declarations from terminals, machines and other systems: POST /work-reports with a declaration
 * (see {@link DeclarationJson}) answers 201 with the reports it made, 200 with the same reports
 * when its client id was declared before (nothing changes), or 422 with every reason it was refused
 * (nothing written).
 */
@Path("work-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkReportResource {

  @Inject WorkReportService workReports;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN, Roles.INTEGRATION})
  public Response declare(JsonObject body) {
    DeclarationJson.Parsed parsed = DeclarationJson.read(body, ReportSource.REST);
    if (!parsed.violations().isEmpty()) {
      return ApiErrors.invalid(parsed.violations(), ApiErrors.locale(headers));
    }
    Outcome<WorkReportService.Applied> outcome = workReports.declare(parsed.declaration());
    Response.Status status =
        outcome instanceof Outcome.Done<WorkReportService.Applied> done && done.value().repeat()
            ? Response.Status.OK
            : Response.Status.CREATED;
    return OutcomeResponses.of(outcome, status, ApiErrors.locale(headers));
  }

  /** The stop and defect reasons the floor may give. */
  @GET
  @Path("reasons")
  public DeclarationRules.Reasons reasons() {
    return workReports.reasons();
  }
}
