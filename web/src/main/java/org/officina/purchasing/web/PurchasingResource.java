package org.officina.purchasing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplyLine;
import org.officina.shared.model.Page;
import org.officina.shared.web.LineQuery;

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
  public Page<SupplyLine> supply(@BeanParam LineQuery query) {
    return purchasing.search(query.toSearch());
  }
}
