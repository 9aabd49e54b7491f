package org.officina.inventory.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.officina.inventory.application.StockService;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.StockMovement;
import org.officina.shared.model.Codes;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;

/**
 * Stock over REST: GET /stock gives the levels (items and warehouses chosen by their beginning, a
 * page at a time); POST /stock/movements changes stock, the only way it changes; GET
 * /stock/{item}/movements gives the movements of an item, newest first.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

  @Inject StockService stock;
  @Context HttpHeaders headers;

  @GET
  public Page<StockLevel> levels(
      @QueryParam("item") String item,
      @QueryParam("warehouse") String warehouse,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return stock.search(item, warehouse, offset, limit);
  }

  /** A movement as POST /stock/movements takes it. */
  public record MovementJson(
      String item,
      String warehouse,
      String location,
      String lot,
      BigDecimal qty,
      String reason,
      String reference) {}

  /**
   * Posts a movement of stock (RECEIPT, ISSUE, RETURN, SCRAP, TRANSFER, ADJUSTMENT; quantity
   * positive in, negative out): 201 with the stock level it leaves, or 422 with every reason, such
   * as stock that would go below zero.
   */
  @POST
  @Path("movements")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public Response post(MovementJson movement) {
    if (movement == null || movement.item() == null) {
      throw new BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST, "the body must be a movement with an item"));
    }
    StockLevel.Key key =
        new StockLevel.Key(
            movement.item(),
            movement.warehouse(),
            blankAsNull(movement.location()),
            blankAsNull(movement.lot()));
    MovementReason reason =
        movement.reason() == null
            ? null
            : Codes.parse(MovementReason.class, movement.reason()).orElse(null);
    List<Violation> refused = stock.post(key, movement.qty(), reason, movement.reference());
    if (!refused.isEmpty()) {
      return ApiErrors.invalid(refused, ApiErrors.locale(headers));
    }
    StockLevel level =
        stock.search(key.item(), key.warehouse(), 0, 1000).content().stream()
            .filter(l -> l.key().equals(key))
            .findFirst()
            .orElse(
                new StockLevel(
                    key.item(), key.warehouse(), key.location(), key.lot(), BigDecimal.ZERO));
    return Response.status(Response.Status.CREATED).entity(level).build();
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @GET
  @Path("{item}/movements")
  public List<StockMovement> movements(
      @PathParam("item") String item, @QueryParam("limit") @DefaultValue("100") int limit) {
    return stock.movements(item, Math.max(1, Math.min(limit, 1000)));
  }
}
