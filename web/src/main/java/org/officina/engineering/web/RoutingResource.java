package org.officina.engineering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.officina.engineering.application.RoutingService;
import org.officina.engineering.model.Routing;
import org.officina.shared.web.ApiErrors;

/** Routings over REST: GET /routings/{item} gives an item's operations and sub-operations. */
@Path("routings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

  @Inject RoutingService routings;

  @GET
  @Path("{item}")
  public Response routing(@PathParam("item") String item) {
    Routing routing =
        routings
            .routing(item)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        ApiErrors.problem(
                            Response.Status.NOT_FOUND, "item " + item + " has no routing")));
    return Response.ok(routing).tag(new EntityTag(Long.toString(routing.version()))).build();
  }
}
