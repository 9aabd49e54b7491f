package org.officina.inventory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.officina.inventory.application.StockService;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.StockMovement;
import org.officina.shared.model.Page;

/**
 * Stock over REST: GET /stock gives the levels (items and warehouses chosen by their beginning, a
 * page at a time); GET /stock/{item}/movements the movements of an item, newest first.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

  @Inject StockService stock;

  @GET
  public Page<StockLevel> levels(
      @QueryParam("item") String item,
      @QueryParam("warehouse") String warehouse,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return stock.search(item, warehouse, offset, limit);
  }

  @GET
  @Path("{item}/movements")
  public List<StockMovement> movements(
      @PathParam("item") String item, @QueryParam("limit") @DefaultValue("100") int limit) {
    return stock.movements(item, Math.max(1, Math.min(limit, 1000)));
  }
}
