package org.officina.purchasing.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.officina.purchasing.application.SubcontractOrderService;
import org.officina.purchasing.application.SubcontractReturnService;
import org.officina.purchasing.application.SubcontractedOperationService;
import org.officina.purchasing.model.SubcontractComponent;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractOrderStatus;
import org.officina.purchasing.model.SubcontractReturnRecord;
import org.officina.shared.infrastructure.json.JsonFields;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Subcontract orders over REST.
 *
 * <ul>
 *   <li>GET /subcontracting/orders (?supplier=&open=true&offset=&limit=), by due date, or
 *       ?production_order=PRD-12 for the orders of a production order's operations; GET
 *       /subcontracting/orders/{number} with its components (what the subcontractor holds of each)
 *       and returns;
 *   <li>POST /subcontracting/orders {"supplier": "HEAT", "item": "SHAFT-T", "qty": 100,
 *       "ship_date": "2027-02-01", "due_date": "2027-02-10", "warehouse": "MAIN"} (supplier,
 *       unit_price and currency from the price lists when left out; tolerance_pct for the
 *       components' consumption, each component item's own when left out);
 *   <li>POST /subcontracting/orders/{number}/close, /cancel; /ungroup splits an order for several
 *       operations of a production order into one per operation, while nothing was shipped;
 *   <li>POST /subcontracting/orders/{number}/returns {"client_id", "good", "scrapped", "rejected",
 *       "warehouse", "lot", "rejected_warehouse", "leftovers_back", "leftovers_warehouse",
 *       "unit_price", "consumed": [{"line": 1, "qty": 52.3}]}.
 * </ul>
 */
@Path("subcontracting/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class SubcontractResource {

  private static final List<String> ORDER_FIELDS =
      List.of(
          "supplier",
          "item",
          "qty",
          "ship_date",
          "due_date",
          "unit_price",
          "currency",
          "warehouse",
          "tolerance_pct");
  private static final List<String> RETURN_FIELDS =
      List.of(
          "client_id",
          "good",
          "scrapped",
          "rejected",
          "warehouse",
          "lot",
          "rejected_warehouse",
          "leftovers_back",
          "leftovers_warehouse",
          "unit_price",
          "consumed");

  /** An order as the API shows it: prices only to those who read price lists. */
  public record Order(
      String number,
      String supplier,
      String item,
      BigDecimal qty,
      LocalDate shipDate,
      LocalDate dueDate,
      BigDecimal unitPrice,
      String currency,
      String warehouse,
      SubcontractOrderStatus status,
      BigDecimal good,
      BigDecimal scrapped,
      BigDecimal rejected,
      List<Component> components,
      List<SubcontractReturnRecord> returns,
      String productionOrder,
      List<Integer> operations,
      Integer previousOperation) {}

  /** A component, with what the subcontractor holds of it for the order. */
  public record Component(
      int line,
      String item,
      BigDecimal qtyPer,
      boolean perOrder,
      BigDecimal scrapPct,
      BigDecimal tolerancePct,
      BigDecimal shipped,
      BigDecimal consumed,
      BigDecimal returned,
      BigDecimal held,
      Integer materialLine,
      boolean inProcess) {}

  /** A return recorded, the order as it now is, and whether it was a repeat. */
  public record Returned(SubcontractReturnRecord record, Order order, boolean repeat) {}

  @Inject SubcontractOrderService orders;
  @Inject SubcontractReturnService returns;
  @Inject SubcontractedOperationService operations;
  @Context HttpHeaders headers;
  @Context SecurityContext security;

  @GET
  public List<Order> search(
      @QueryParam("supplier") String supplier,
      @QueryParam("open") @DefaultValue("false") boolean openOnly,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @QueryParam("production_order") String productionOrder) {
    if (productionOrder != null && !productionOrder.isBlank()) {
      return operations.of(productionOrder.strip()).stream()
          .map(o -> view(o, orders.returns(o.number())))
          .toList();
    }
    return orders
        .search(
            supplier == null || supplier.isBlank() ? null : supplier.strip(),
            openOnly,
            (int) ApiErrors.bounded("offset", offset, 0, Integer.MAX_VALUE),
            (int) ApiErrors.bounded("limit", limit, 1, 500))
        .stream()
        .map(o -> view(o, List.of()))
        .toList();
  }

  @GET
  @Path("{number}")
  public Response order(@PathParam("number") String number) {
    return orders
        .find(number)
        .map(o -> Response.ok(view(o, orders.returns(number))).build())
        .orElseGet(
            () ->
                ApiErrors.problem(
                    Response.Status.NOT_FOUND,
                    Violation.of("number", "subcontract.notFound", number).message(locale())));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response create(JsonObject body) {
    JsonFields f =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body).onlyKnown(ORDER_FIELDS);
    LocalDate due = f.date("due_date", null);
    SubcontractOrderService.Terms terms =
        new SubcontractOrderService.Terms(
            null,
            f.text("supplier", null),
            f.text("item", null),
            f.decimal("qty", null),
            f.date("ship_date", due),
            due,
            f.decimal("unit_price", null),
            f.text("currency", null),
            f.text("warehouse", null),
            f.decimal("tolerance_pct", null));
    if (!f.violations().isEmpty()) {
      return ApiErrors.invalid(f.violations(), locale());
    }
    return OutcomeResponses.of(
        orders.createByHand(terms),
        order ->
            Response.created(URI.create("subcontracting/orders/" + order.number()))
                .entity(view(order, List.of())),
        locale());
  }

  @POST
  @Path("{number}/close")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response close(@PathParam("number") String number) {
    return OutcomeResponses.of(
        orders.close(number), o -> Response.ok(view(o, orders.returns(number))), locale());
  }

  @POST
  @Path("{number}/cancel")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response cancel(@PathParam("number") String number) {
    return OutcomeResponses.of(
        returns.cancel(number), o -> Response.ok(view(o, orders.returns(number))), locale());
  }

  @POST
  @Path("{number}/ungroup")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response ungroup(@PathParam("number") String number) {
    return OutcomeResponses.of(
        operations.ungroup(number),
        made -> Response.ok(made.stream().map(o -> view(o, List.of())).toList()),
        locale());
  }

  @POST
  @Path("{number}/returns")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public Response receive(@PathParam("number") String number, JsonObject body) {
    ReturnJson read = ReturnJson.read(body, RETURN_FIELDS);
    if (read.request().unitPrice() != null && !prices()) {
      return ApiErrors.invalid(
          List.of(Violation.of("unit_price", "subcontract.pricesHidden")), locale());
    }
    if (!read.violations().isEmpty()) {
      return ApiErrors.invalid(read.violations(), locale());
    }
    return OutcomeResponses.of(
        returns.receive(number, read.request()),
        r ->
            Response.status(r.repeat() ? Response.Status.OK : Response.Status.CREATED)
                .entity(
                    new Returned(
                        priced(r.record()), view(r.order(), orders.returns(number)), r.repeat())),
        locale());
  }

  private Order view(SubcontractOrder o, List<SubcontractReturnRecord> recorded) {
    boolean prices = prices();
    return new Order(
        o.number(),
        o.supplier(),
        o.item(),
        o.qty(),
        o.shipDate(),
        o.dueDate(),
        prices ? o.unitPrice() : null,
        o.currency(),
        o.warehouse(),
        o.status(),
        o.good(),
        o.scrapped(),
        o.rejected(),
        o.components().stream().map(SubcontractResource::component).toList(),
        recorded.stream().map(this::priced).toList(),
        o.forOperations() ? o.operations().productionOrder() : null,
        o.forOperations() ? o.operations().seqs() : null,
        o.forOperations() ? o.operations().previousSeq() : null);
  }

  private static Component component(SubcontractComponent c) {
    return new Component(
        c.line(),
        c.item(),
        c.qtyPer(),
        c.perOrder(),
        c.scrapPct(),
        c.tolerancePct(),
        c.shipped(),
        c.consumed(),
        c.returned(),
        c.held(),
        c.materialLine(),
        c.inProcess());
  }

  private SubcontractReturnRecord priced(SubcontractReturnRecord r) {
    return prices()
        ? r
        : new SubcontractReturnRecord(
            r.id(),
            r.clientId(),
            r.order(),
            r.good(),
            r.scrapped(),
            r.rejected(),
            r.warehouse(),
            r.lot(),
            null,
            null,
            r.returnedAt(),
            r.returnedBy());
  }

  private boolean prices() {
    return Roles.PRICE_READERS.stream().anyMatch(security::isUserInRole);
  }

  private Locale locale() {
    return ApiErrors.locale(headers);
  }
}
