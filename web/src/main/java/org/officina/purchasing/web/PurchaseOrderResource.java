package org.officina.purchasing.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.officina.purchasing.application.PurchaseOrderService;
import org.officina.purchasing.application.PurchaseReceiptService;
import org.officina.purchasing.model.PurchaseOrder;
import org.officina.purchasing.model.PurchaseOrderStatus;
import org.officina.purchasing.model.PurchaseOrderSummary;
import org.officina.purchasing.model.PurchaseReceipt;
import org.officina.shared.infrastructure.json.JsonFields;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Purchase orders over REST.
 *
 * <ul>
 *   <li>GET /purchasing/orders (?supplier=&item=&status=&open=true&offset=&limit=), newest first,
 *       each late one flagged; GET /purchasing/orders/{number} with its lines and receipts;
 *   <li>POST /purchasing/orders {"supplier": "ACME", "currency": "EUR", "tolerance_pct": 5,
 *       "lines": [{"line": 1, "item": "BAR-40", "qty": 100, "due_date": "2027-02-01", "unit_price":
 *       4.5}]} makes a draft by hand (a line without a price takes the supplier's list); PUT
 *       /purchasing/orders/{number} {"tolerance_pct", "lines"} edits a draft;
 *   <li>POST /purchasing/orders/{number}/confirm, /close, /cancel;
 *   <li>POST /purchasing/orders/{number}/receipts {"client_id": "GR-1", "line": 1, "qty": 60,
 *       "warehouse": "MAIN", "location": "A-01", "lot": "L-7"}: 201, or 200 with the receipt
 *       recorded when the client id was seen with the same receipt.
 * </ul>
 *
 * Firm planned buy orders become purchase orders through POST /mrp/firm-planned-orders/convert.
 */
@Path("purchasing/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class PurchaseOrderResource {

  private static final List<String> ORDER_FIELDS =
      List.of("supplier", "currency", "tolerance_pct", "lines");
  private static final List<String> LINE_FIELDS =
      List.of("line", "item", "qty", "due_date", "unit_price");
  private static final List<String> RECEIPT_FIELDS =
      List.of("client_id", "line", "qty", "warehouse", "location", "lot");

  /** An order with its lines and receipts. */
  public record Order(
      String number,
      String supplier,
      String currency,
      PurchaseOrderStatus status,
      LocalDate orderDate,
      BigDecimal tolerancePct,
      BigDecimal amount,
      List<Line> lines,
      List<PurchaseReceipt> receipts) {}

  /** A line of an order and what is still to come of it. */
  public record Line(
      int line,
      String item,
      BigDecimal qty,
      BigDecimal unitPrice,
      LocalDate dueDate,
      BigDecimal received,
      BigDecimal open) {}

  /** A receipt recorded and the order as it now is. */
  public record Received(PurchaseReceipt receipt, Order order, boolean repeat) {}

  @Inject PurchaseOrderService orders;
  @Inject PurchaseReceiptService receipts;
  @Context HttpHeaders headers;
  @Context SecurityContext security;

  @GET
  public Page<PurchaseOrderSummary> search(
      @QueryParam("supplier") String supplier,
      @QueryParam("item") String item,
      @QueryParam("status") String status,
      @QueryParam("open") @DefaultValue("false") boolean openOnly,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Page<PurchaseOrderSummary> page =
        orders.search(
            blankless(supplier),
            blankless(item),
            status(status),
            openOnly,
            (int) ApiErrors.bounded("offset", offset, 0, Integer.MAX_VALUE),
            (int) ApiErrors.bounded("limit", limit, 1, 500));
    return prices()
        ? page
        : new Page<>(
            page.content().stream().map(PurchaseOrderSummary::unpriced).toList(), page.total());
  }

  @GET
  @Path("{number}")
  public Response order(@PathParam("number") String number) {
    return orders
        .find(number)
        .map(o -> Response.ok(view(o)).build())
        .orElseGet(
            () ->
                ApiErrors.problem(
                    Response.Status.NOT_FOUND,
                    Violation.of("number", "purchase.notFound", number).message(locale())));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response create(JsonObject body) {
    PurchaseOrderJson read = PurchaseOrderJson.read(body, ORDER_FIELDS, LINE_FIELDS);
    if (!read.violations().isEmpty()) {
      return ApiErrors.invalid(read.violations(), locale());
    }
    return OutcomeResponses.of(
        orders.create(read.order()),
        made ->
            Response.created(URI.create("purchasing/orders/" + made.number())).entity(view(made)),
        locale());
  }

  @PUT
  @Path("{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response edit(@PathParam("number") String number, JsonObject body) {
    PurchaseOrderJson read =
        PurchaseOrderJson.read(body, List.of("tolerance_pct", "lines"), LINE_FIELDS);
    if (!read.violations().isEmpty()) {
      return ApiErrors.invalid(read.violations(), locale());
    }
    return OutcomeResponses.of(
        orders.edit(number, read.order()), o -> Response.ok(view(o)), locale());
  }

  @POST
  @Path("{number}/confirm")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response confirm(@PathParam("number") String number) {
    return answer(orders.confirm(number));
  }

  @POST
  @Path("{number}/close")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response close(@PathParam("number") String number) {
    return answer(orders.close(number));
  }

  @POST
  @Path("{number}/cancel")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response cancel(@PathParam("number") String number) {
    return answer(orders.cancel(number));
  }

  @POST
  @Path("{number}/receipts")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public Response receive(@PathParam("number") String number, JsonObject body) {
    JsonFields fields =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body)
            .onlyKnown(RECEIPT_FIELDS);
    Integer line = fields.integer("line", null);
    PurchaseReceiptService.Request request =
        new PurchaseReceiptService.Request(
            fields.text("client_id", null),
            line == null ? 0 : line,
            fields.decimal("qty", null),
            fields.text("warehouse", null),
            fields.text("location", null),
            fields.text("lot", null));
    if (line == null && !fields.unreadable("line")) {
      fields.refuse("line", "value.required", null);
    }
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), locale());
    }
    return OutcomeResponses.of(
        receipts.receive(number, request),
        r ->
            Response.status(r.repeat() ? Response.Status.OK : Response.Status.CREATED)
                .entity(
                    new Received(
                        prices() ? r.receipt() : unpriced(r.receipt()),
                        view(r.order()),
                        r.repeat())),
        locale());
  }

  private Response answer(Outcome<PurchaseOrder> outcome) {
    return OutcomeResponses.of(outcome, o -> Response.ok(view(o)), locale());
  }

  private Order view(PurchaseOrder o) {
    boolean prices = prices();
    return new Order(
        o.number(),
        o.supplier(),
        o.currency(),
        o.status(),
        o.orderDate(),
        o.tolerancePct(),
        prices ? o.amount() : null,
        o.lines().stream()
            .map(
                l ->
                    new Line(
                        l.line(),
                        l.item(),
                        l.qty(),
                        prices ? l.unitPrice() : null,
                        l.dueDate(),
                        l.received(),
                        l.open()))
            .toList(),
        orders.receipts(o.number()).stream().map(r -> prices ? r : unpriced(r)).toList());
  }

  private static PurchaseReceipt unpriced(PurchaseReceipt r) {
    return new PurchaseReceipt(
        r.id(),
        r.clientId(),
        r.order(),
        r.line(),
        r.item(),
        r.qty(),
        r.warehouse(),
        r.location(),
        r.lot(),
        null,
        r.receivedAt(),
        r.receivedBy());
  }

  private boolean prices() {
    return Roles.PRICE_READERS.stream().anyMatch(security::isUserInRole);
  }

  private static PurchaseOrderStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return PurchaseOrderStatus.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      throw new jakarta.ws.rs.BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST,
              "status must be one of "
                  + java.util.Arrays.toString(PurchaseOrderStatus.values())
                  + ", not "
                  + text));
    }
  }

  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private Locale locale() {
    return ApiErrors.locale(headers);
  }
}
