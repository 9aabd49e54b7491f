package org.officina.planning.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.officina.execution.application.FirmOrderConversionService;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.application.MrpStart;
import org.officina.planning.batch.MrpRunJobs;
import org.officina.planning.model.ActionMessage;
import org.officina.planning.model.MessageSearch;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PeggingNode;
import org.officina.planning.model.PlannedOrderRow;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * MRP runs over REST. POST /mrp/runs asks for a run (202, the run at Location; 409 while another
 * run plans the plant; 422 for a wrong request); GET /mrp/runs/{id} follows it; its planned orders
 * come as planned_orders.csv (or JSON), with its messages and pegging; planned orders of the live
 * plan are firmed, and firm planned orders converted into open orders.
 */
@Path("mrp")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class MrpRunResource {

  private static final int MAX_PAGE = 1000;

  @Inject MrpRunJobs jobs;
  @Inject MrpRunService runs;
  @Inject FirmOrderConversionService conversion;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @Path("runs")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response start(JsonObject body) {
    MrpRunJson.Parsed parsed = MrpRunJson.parse(body);
    if (!parsed.errors().isEmpty()) {
      return ApiErrors.fields(
          parsed.errors().stream().map(e -> new ApiErrors.FieldError(e[0], e[1])).toList(),
          locale());
    }
    MrpStart start = jobs.start(parsed.request());
    if (start.running() != null) {
      MrpRunRecord running = start.running();
      return Response.fromResponse(
              ApiErrors.problem(
                  Response.Status.CONFLICT,
                  Violation.of(
                          "plant",
                          "mrp.running",
                          running.request().plant(),
                          running.id(),
                          running.requestedBy())
                      .message(locale())))
          .location(runUri(running.id()))
          .build();
    }
    if (!start.isAccepted()) {
      return ApiErrors.invalid(start.violations(), locale());
    }
    return Response.accepted(run(start.runId())).location(runUri(start.runId())).build();
  }

  private URI runUri(long id) {
    return uri.getBaseUriBuilder().path("mrp/runs/{id}").build(id);
  }

  @GET
  @Path("runs")
  public List<RunResponse> latest(
      @QueryParam("plant") String plant, @QueryParam("limit") @DefaultValue("20") int limit) {
    return runs.latest(plant, Math.max(1, Math.min(limit, 200))).stream()
        .map(r -> RunResponse.of(r, runs.progress(r.id()).orElse(null)))
        .toList();
  }

  @GET
  @Path("runs/{id}")
  public RunResponse run(@PathParam("id") long id) {
    return runs.run(id)
        .map(r -> RunResponse.of(r, runs.progress(id).orElse(null)))
        .orElseThrow(() -> notFound(id));
  }

  /** Asks a run to stop: it ends as STOPPED with nothing written. */
  @POST
  @Path("runs/{id}/stop")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public Response stop(@PathParam("id") long id) {
    MrpRunRecord run = runs.run(id).orElseThrow(() -> notFound(id));
    if (run.status().ended()) {
      return ApiErrors.problem(
          Response.Status.CONFLICT,
          Violation.of("run", "mrp.run.ended", id, run.status()).message(locale()));
    }
    runs.requestStop(id);
    return Response.accepted(run(id)).build();
  }

  /** planned_orders.csv of the run, or a page of them as JSON when the client asks for JSON. */
  @GET
  @Path("runs/{id}/planned-orders")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  public Response plannedOrders(
      @PathParam("id") long id,
      @QueryParam("item") String item,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    requireRun(id);
    if (wantsJson()) {
      Page<PlannedOrderRow> page =
          runs.plannedOrders(id, item, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
      return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    return PlannedOrdersCsv.of(runs, id);
  }

  @GET
  @Path("runs/{id}/messages")
  public Page<ActionMessage> messages(
      @PathParam("id") long id,
      @QueryParam("type") String type,
      @QueryParam("item") String item,
      @QueryParam("planner") String planner,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    requireRun(id);
    MessageType messageType = null;
    if (type != null && !type.isBlank()) {
      try {
        messageType = MessageType.valueOf(type.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException(
            ApiErrors.problem(
                Response.Status.BAD_REQUEST,
                "type must be one of " + List.of(MessageType.values()) + ", not " + type));
      }
    }
    return runs.messages(
        id,
        new MessageSearch(messageType, item, planner),
        Math.max(0, offset),
        Math.max(1, Math.min(limit, MAX_PAGE)));
  }

  /**
   * The pegging tree: down from a demand line (?demand=SO-1/2) to the supplies that cover it at
   * every level, or up from a planned order (?order=PLN-7) to the demands it serves.
   */
  @GET
  @Path("runs/{id}/pegging")
  public PeggingNode pegging(
      @PathParam("id") long id,
      @QueryParam("demand") String demand,
      @QueryParam("order") String order) {
    requireRun(id);
    if (demand != null && demand.contains("/")) {
      int slash = demand.lastIndexOf('/');
      try {
        int line = Integer.parseInt(demand.substring(slash + 1));
        return runs.peggingOfDemand(id, demand.substring(0, slash), line)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        ApiErrors.problem(Response.Status.NOT_FOUND, "no demand line " + demand)));
      } catch (NumberFormatException e) {
        throw badPegging();
      }
    }
    if (order != null && order.startsWith("PLN-")) {
      try {
        return runs.peggingOfPlannedOrder(id, Integer.parseInt(order.substring(4)))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        ApiErrors.problem(
                            Response.Status.NOT_FOUND,
                            "no planned order " + order + " in the run")));
      } catch (NumberFormatException e) {
        throw badPegging();
      }
    }
    throw badPegging();
  }

  private static BadRequestException badPegging() {
    return new BadRequestException(
        ApiErrors.problem(
            Response.Status.BAD_REQUEST,
            "name a demand line as ?demand=NUMBER/LINE or a planned order as ?order=PLN-n"));
  }

  /** Firms planned orders of the live plan: {"numbers": [1, 2]}; all or none. */
  @POST
  @Path("runs/{id}/firm")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public Response firm(@PathParam("id") long id, JsonObject body) {
    List<Long> values = numbers(body, "numbers");
    if (values == null) {
      return fieldError("numbers", "must be a list of planned order numbers");
    }
    OrderChange result = runs.firm(id, values.stream().map(Long::intValue).toList());
    if (!result.violations().isEmpty()) {
      return ApiErrors.invalid(result.violations(), locale());
    }
    return Response.ok(new Firmed(result.ids())).build();
  }

  /** The firm planned orders made. */
  public record Firmed(List<Long> firmPlannedOrders) {}

  /**
   * Converts firm planned orders into open orders, as the workbench's Convert does: {"ids": [100,
   * 101]}; all or none. Make orders become production orders, buy orders draft purchase orders by
   * supplier, subcontract orders open lines MRP-id.
   */
  @POST
  @Path("firm-planned-orders/convert")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public Response convert(JsonObject body) {
    List<Long> ids = numbers(body, "ids");
    if (ids == null) {
      return fieldError("ids", "must be a list of firm planned order ids");
    }
    return OutcomeResponses.of(
        conversion.convert(ids), made -> Response.ok(new Converted(made)), locale());
  }

  /** The numbers of the open orders made. */
  public record Converted(List<String> orders) {}

  private static List<Long> numbers(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (!(value instanceof JsonArray array) || array.isEmpty()) {
      return null;
    }
    List<Long> numbers = new ArrayList<>();
    for (JsonValue element : array) {
      if (!(element instanceof JsonNumber number) || !number.isIntegral()) {
        return null;
      }
      numbers.add(number.longValue());
    }
    return numbers;
  }

  private Response fieldError(String field, String message) {
    return ApiErrors.fields(List.of(new ApiErrors.FieldError(field, message)), locale());
  }

  private void requireRun(long id) {
    runs.run(id).orElseThrow(() -> notFound(id));
  }

  private boolean wantsJson() {
    return headers.getAcceptableMediaTypes().stream()
        .filter(type -> !type.isWildcardType())
        .findFirst()
        .map(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
        .orElse(false);
  }

  private NotFoundException notFound(long id) {
    return new NotFoundException(
        ApiErrors.problem(
            Response.Status.NOT_FOUND,
            Violation.of("run", "mrp.run.unknown", id).message(locale())));
  }

  private Locale locale() {
    return ApiErrors.locale(headers);
  }
}
