package org.officina.purchasing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplyLine;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;
import org.officina.shared.web.ApiErrors;

/**
 * Suppliers and open supply over REST: GET /purchasing/suppliers, and GET /purchasing/supply with
 * item, type, number, due_from and due_to (YYYY-MM-DD), offset and limit, by due date.
 */
@Path("purchasing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PurchasingResource {

  @Inject PurchasingService purchasing;

  @GET
  @Path("suppliers")
  public List<Supplier> suppliers() {
    return purchasing.suppliers();
  }

  @GET
  @Path("supply")
  public Page<SupplyLine> supply(
      @QueryParam("item") String item,
      @QueryParam("type") String type,
      @QueryParam("number") String number,
      @QueryParam("due_from") String dueFrom,
      @QueryParam("due_to") String dueTo,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return purchasing.search(
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
