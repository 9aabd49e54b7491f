package org.officina.demand.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.officina.demand.application.DemandService;
import org.officina.demand.model.DemandLine;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;
import org.officina.shared.web.ApiErrors;

/**
 * Demand over REST: GET /demand with item, type (SALES or FORECAST), number, due_from and due_to
 * (YYYY-MM-DD), offset and limit, by due date.
 */
@Path("demand")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DemandResource {

  @Inject DemandService demand;

  @GET
  public Page<DemandLine> demand(
      @QueryParam("item") String item,
      @QueryParam("type") String type,
      @QueryParam("number") String number,
      @QueryParam("due_from") String dueFrom,
      @QueryParam("due_to") String dueTo,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return demand.search(
        new LineSearch(
            item,
            type,
            number,
            ApiErrors.date("due_from", dueFrom),
            ApiErrors.date("due_to", dueTo),
            offset,
            limit));
  }
}
