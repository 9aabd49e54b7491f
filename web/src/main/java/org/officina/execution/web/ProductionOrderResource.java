package org.officina.execution.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.officina.execution.application.MaterialIssueService;
import org.officina.execution.application.OrderDetail;
import org.officina.execution.application.OrderLifecycleService;
import org.officina.execution.application.OrderRevisionService;
import org.officina.execution.application.ProductionOrderService;
import org.officina.execution.application.WorkReportService;
import org.officina.execution.model.Feasibility;
import org.officina.execution.model.MaterialEdit;
import org.officina.execution.model.OrderAction;
import org.officina.execution.model.OrderSearch;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.OrderTerms;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.WorkReport;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.StockMovement;
import org.officina.shared.infrastructure.json.JsonFields;
import org.officina.shared.model.Codes;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Production orders over REST: list and read them, make them by hand or from firm planned orders,
 * change their terms, check their feasibility, release them and take them through their life; read
 * their work reports and stock movements.
 */
@Path("production-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProductionOrderResource {

  static final List<String> TERMS =
      List.of(
          "item",
          "qty",
          "start_date",
          "due_date",
          "warehouse",
          "lot",
          "priority",
          "firm",
          "tolerance_pct");

  @Inject ProductionOrderService orders;
  @Inject OrderRevisionService revisions;
  @Inject OrderLifecycleService lifecycle;
  @Inject WorkReportService workReports;
  @Inject MaterialFlowService materialFlow;
  @Inject MaterialIssueService issues;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  public Page<ProductionOrder> search(
      @QueryParam("status") List<String> statuses,
      @QueryParam("number") String number,
      @QueryParam("item") String item,
      @QueryParam("due_from") String dueFrom,
      @QueryParam("due_to") String dueTo,
      @QueryParam("late") @DefaultValue("false") boolean late,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    List<OrderStatus> wanted = new ArrayList<>();
    for (String status : statuses) {
      for (String one : status.split(",")) {
        wanted.add(
            Codes.parse(OrderStatus.class, one)
                .orElseThrow(
                    () ->
                        new jakarta.ws.rs.BadRequestException(
                            ApiErrors.problem(
                                Response.Status.BAD_REQUEST,
                                "status must be among " + Codes.allowed(OrderStatus.class)))));
      }
    }
    return orders.search(
        new OrderSearch(
            Set.copyOf(wanted),
            number,
            item,
            ApiErrors.date("due_from", dueFrom),
            ApiErrors.date("due_to", dueTo),
            late,
            offset,
            limit));
  }

  @GET
  @Path("{number}")
  public Response find(@PathParam("number") String number) {
    OrderDetail detail = orders.find(number).orElseThrow(() -> notFound(number));
    return Response.ok(detail).tag(OutcomeResponses.etag(detail.order().version())).build();
  }

  /** A changed order with its version as ETag, for the next change's If-Match. */
  private static Response.ResponseBuilder ok(ProductionOrder order) {
    return Response.ok(order).tag(OutcomeResponses.etag(order.version()));
  }

  /** Makes a planned order by hand: 201 with its Location, or 422 with every broken rule. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response create(JsonObject body) {
    JsonFields fields = new JsonFields(body).onlyKnown(TERMS);
    OrderTerms terms = terms(fields);
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), locale());
    }
    return OutcomeResponses.of(
        orders.create(terms),
        order ->
            Response.created(uri.getAbsolutePathBuilder().path(order.number()).build())
                .entity(order)
                .tag(OutcomeResponses.etag(order.version())),
        locale());
  }

  /** Makes an order of each firm planned order: {"ids": [100, 101]}; all or none. */
  @POST
  @Path("from-firm-planned-orders")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response fromFirmPlannedOrders(JsonObject body) {
    JsonFields fields = new JsonFields(body).onlyKnown(List.of("ids"));
    List<Long> ids = fields.longs("ids");
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), locale());
    }
    return OutcomeResponses.of(
        orders.createFromFirmPlannedOrders(ids), Response.Status.CREATED, locale());
  }

  /**
   * Changes an order's terms: the properties given, the others kept; with If-Match, a change made
   * meanwhile by someone else is a 409.
   */
  @PUT
  @Path("{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response revise(
      @PathParam("number") String number,
      @HeaderParam("If-Match") String ifMatch,
      JsonObject body) {
    List<String> known = new ArrayList<>(TERMS);
    known.add("version");
    JsonFields fields = new JsonFields(body).onlyKnown(known);
    OrderTerms terms = terms(fields);
    Integer version = fields.integer("version", null);
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), locale());
    }
    if (terms.item() != null) {
      return ApiErrors.invalid(List.of(Violation.of("item", "order.item.immutable")), locale());
    }
    Long expected = version != null ? Long.valueOf(version) : OutcomeResponses.version(ifMatch);
    return OutcomeResponses.of(
        revisions.revise(number, terms, expected), ProductionOrderResource::ok, locale());
  }

  private static OrderTerms terms(JsonFields fields) {
    return new OrderTerms(
        fields.text("item", null),
        fields.decimal("qty", null),
        fields.date("start_date", null),
        fields.date("due_date", null),
        fields.text("warehouse", null),
        fields.text("lot", null),
        fields.integer("priority", null),
        fields.bool("firm", null),
        fields.decimal("tolerance_pct", null));
  }

  /** The body of PUT /production-orders/{number}/materials. */
  public record Materials(List<MaterialEdit> materials) {}

  /**
   * Replaces the order's materials (its copy of the bill, for this order only): {"materials":
   * [{"line", "item", "qty_per", "per_order", "scrap_pct", "operation_seq", "issue_method",
   * "warehouse"}]}, a line without a number being new. With If-Match, a change made meanwhile is a
   * 409; a broken rule a 422 naming the line and property.
   */
  @PUT
  @Path("{number}/materials")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response saveMaterials(
      @PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, Materials body) {
    if (body == null || body.materials() == null) {
      throw new jakarta.ws.rs.BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST, "the body must be {\"materials\": [...]}"));
    }
    return OutcomeResponses.of(
        revisions.saveMaterials(number, body.materials(), OutcomeResponses.version(ifMatch)),
        Response.Status.OK,
        locale());
  }

  @GET
  @Path("{number}/feasibility")
  public List<Feasibility> feasibility(@PathParam("number") String number) {
    return lifecycle.feasibility(number).orElseThrow(() -> notFound(number));
  }

  /**
   * Releases an order: {"accept_shortages": true} releases it even when materials are short (not
   * automatic ones); without it, shortages are a 422 naming each material and when it comes.
   */
  @POST
  @Path("{number}/release")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public Response release(
      @PathParam("number") String number,
      @HeaderParam("If-Match") String ifMatch,
      JsonObject body) {
    JsonFields fields =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body)
            .onlyKnown(List.of("accept_shortages"));
    boolean accept = fields.bool("accept_shortages", false);
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), locale());
    }
    return OutcomeResponses.of(
        lifecycle.release(number, accept, OutcomeResponses.version(ifMatch)),
        ProductionOrderResource::ok,
        locale());
  }

  /**
   * Takes an order a step: {@code unrelease}, {@code start}, {@code complete}, {@code close} or
   * {@code cancel}, with an optional {"note": "..."}.
   */
  @POST
  @Path("{number}/{action: unrelease|start|complete|close|cancel}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response act(
      @PathParam("number") String number,
      @PathParam("action") String action,
      @HeaderParam("If-Match") String ifMatch,
      JsonObject body) {
    JsonFields fields =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body)
            .onlyKnown(List.of("note"));
    String note = fields.text("note", null);
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), locale());
    }
    OrderAction which = OrderAction.valueOf(action.toUpperCase(Locale.ROOT));
    return OutcomeResponses.of(
        lifecycle.act(number, which, note, OutcomeResponses.version(ifMatch)),
        ProductionOrderResource::ok,
        locale());
  }

  /**
   * Issues material lines to the order: {"lines": [{"line": 1, "qty": 10, "lot": "L1", "reason":
   * "ISSUE"}]} (lot optional: first in, first out; reason ISSUE or SCRAP); all or none.
   */
  @POST
  @Path("{number}/issues")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN, Roles.INTEGRATION})
  public Response issue(@PathParam("number") String number, JsonObject body) {
    JsonFields fields = new JsonFields(body).onlyKnown(List.of("lines"));
    List<MaterialIssueService.Movement> movements = movements(fields, true);
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), locale());
    }
    return OutcomeResponses.of(issues.issue(number, movements), Response.Status.OK, locale());
  }

  /**
   * Returns material of the order's lines to stock: {"location": "R-01", "lines": [{"line": 1,
   * "qty": 2, "lot": "L1"}]}.
   */
  @POST
  @Path("{number}/returns")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN, Roles.INTEGRATION})
  public Response returnToStock(@PathParam("number") String number, JsonObject body) {
    JsonFields fields = new JsonFields(body).onlyKnown(List.of("lines", "location"));
    String location = fields.text("location", null);
    List<MaterialIssueService.Movement> movements = movements(fields, false);
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), locale());
    }
    return OutcomeResponses.of(
        issues.returnToStock(number, movements, location), Response.Status.OK, locale());
  }

  private static List<MaterialIssueService.Movement> movements(
      JsonFields fields, boolean withReason) {
    List<MaterialIssueService.Movement> movements = new ArrayList<>();
    List<String> known =
        withReason ? List.of("line", "qty", "lot", "reason") : List.of("line", "qty", "lot");
    for (JsonObject line : fields.objects("lines")) {
      JsonFields lineFields = new JsonFields(line).onlyKnown(known);
      movements.add(
          new MaterialIssueService.Movement(
              lineFields.integer("line", 0),
              lineFields.decimal("qty", null),
              lineFields.text("lot", null),
              withReason
                  ? lineFields.code("reason", MovementReason.class, MovementReason.ISSUE)
                  : MovementReason.RETURN));
      lineFields
          .violations()
          .forEach(v -> fields.refuse("lines", v.key(), null, v.args().toArray()));
    }
    return movements;
  }

  @GET
  @Path("{number}/work-reports")
  public List<WorkReport> workReports(@PathParam("number") String number) {
    orders.find(number).orElseThrow(() -> notFound(number));
    return workReports.reportsOf(number);
  }

  @GET
  @Path("{number}/movements")
  public List<StockMovement> movements(@PathParam("number") String number) {
    orders.find(number).orElseThrow(() -> notFound(number));
    return materialFlow.movementsFor(number);
  }

  private Locale locale() {
    return ApiErrors.locale(headers);
  }

  private NotFoundException notFound(String number) {
    return new NotFoundException(
        ApiErrors.problem(
            Response.Status.NOT_FOUND,
            Violation.of("order", "order.notFound", number).message(locale())));
  }
}
