package org.officina.inventory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.model.LotLink;

/**
 * Lot genealogy over REST: what went into a product lot ({@code made-of}), and which product lots a
 * component lot went into ({@code used-in}).
 */
@Path("lots/{item}/{lot}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LotResource {

  @Inject MaterialFlowService materialFlow;

  @GET
  @Path("made-of")
  public List<LotLink> madeOf(@PathParam("item") String item, @PathParam("lot") String lot) {
    return materialFlow.madeOf(item, lot);
  }

  @GET
  @Path("used-in")
  public List<LotLink> usedIn(@PathParam("item") String item, @PathParam("lot") String lot) {
    return materialFlow.usedIn(item, lot);
  }
}
