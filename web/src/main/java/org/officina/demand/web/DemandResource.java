package org.officina.demand.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.officina.demand.application.DemandService;
import org.officina.demand.model.DemandLine;
import org.officina.shared.model.Page;
import org.officina.shared.web.LineQuery;

/**
 * Demand over REST: GET /demand with item, type (SALES, FORECAST or ALLOCATION), number, due_from
 * and due_to (YYYY-MM-DD), offset and limit, by due date.
 */
@Path("demand")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DemandResource {

  @Inject DemandService demand;

  @GET
  public Page<DemandLine> demand(@BeanParam LineQuery query) {
    return demand.search(query.toSearch());
  }
}
