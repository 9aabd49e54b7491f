package org.officina.scheduling.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.officina.scheduling.application.PromiseService;
import org.officina.scheduling.application.ScheduleRunService;
import org.officina.scheduling.batch.ScheduleJobs;
import org.officina.scheduling.model.ScheduleResult;
import org.officina.scheduling.model.ScheduleRunRecord;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Scheduling runs over REST. POST /schedules asks for a run of the floor as it is (202, the run at
 * Location; 422 for a wrong request; 409 while another run schedules); GET /schedules/{id} follows
 * it (progress while it searches, KPIs once it is a draft); its operations come by work center and
 * start as JSON pages or as CSV, and its late orders with the reason each is late; it compares with
 * another run or the published one, and a draft is published for the dispatch lists to follow.
 */
@Path("schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ScheduleResource {

  private static final int MAX_PAGE = 1000;

  /** How many late orders of each run a comparison looks at: the latest. */
  private static final int COMPARED = 5000;

  @Inject ScheduleJobs jobs;
  @Inject ScheduleRunService runs;
  @Inject PromiseService promises;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** Where and when an operation runs, as instants. */
  public record OperationJson(
      String order,
      int seq,
      String workCenter,
      Integer unit,
      Instant start,
      Instant setupEnd,
      Instant end,
      long setupMinutes,
      String fixed) {}

  /** A late or unplaced order: when it ends, when it was due, and why it is late. */
  public record LateOrderJson(
      String order,
      Instant end,
      Instant due,
      long tardinessMinutes,
      String reason,
      String reasonSubject,
      Instant reasonUntil) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response start(JsonObject body) {
    ScheduleRunJson.Parsed parsed = ScheduleRunJson.parse(body);
    if (!parsed.errors().isEmpty()) {
      return ApiErrors.fields(
          parsed.errors().stream().map(e -> new ApiErrors.FieldError(e[0], e[1])).toList(),
          ApiErrors.locale(headers));
    }
    return OutcomeResponses.of(
        jobs.start(parsed.request()),
        id ->
            Response.accepted(run(id))
                .location(uri.getBaseUriBuilder().path("schedules/{id}").build(id)),
        ApiErrors.locale(headers));
  }

  @GET
  public List<ScheduleRunResponse> latest(@QueryParam("limit") @DefaultValue("20") int limit) {
    return runs.latest(Math.max(1, Math.min(limit, 200))).stream()
        .map(r -> ScheduleRunResponse.of(r, runs.progress(r.id()).orElse(null)))
        .toList();
  }

  /** Publishes a draft: the dispatch lists follow it (404 no such run, 409 not a draft). */
  @POST
  @Path("{id}/publish")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public Response publish(@PathParam("id") long id) {
    return OutcomeResponses.of(
        runs.publish(id),
        published -> Response.ok(ScheduleRunResponse.of(published, null)),
        ApiErrors.locale(headers));
  }

  /** The published run, the one the floor follows (404 while none is). */
  @GET
  @Path("live")
  public ScheduleRunResponse live() {
    return runs.live()
        .map(run -> ScheduleRunResponse.of(run, null))
        .orElseThrow(
            () ->
                new NotFoundException(
                    ApiErrors.problem(Response.Status.NOT_FOUND, "no schedule is published")));
  }

  /**
   * Two runs side by side: their KPIs, and the orders late in one and not the other (with=live
   * compares with the published run).
   */
  @GET
  @Path("{id}/comparison")
  public ScheduleComparison comparison(
      @PathParam("id") long id, @QueryParam("with") @DefaultValue("live") String with) {
    ScheduleRunRecord run = record(id);
    ScheduleRunRecord other;
    if ("live".equals(with)) {
      other =
          runs.live()
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          ApiErrors.problem(
                              Response.Status.NOT_FOUND, "no schedule is published")));
    } else {
      try {
        other = record(Long.parseLong(with));
      } catch (NumberFormatException e) {
        throw new BadRequestException(
            ApiErrors.problem(
                Response.Status.BAD_REQUEST, "with must be a run's id or live, not " + with));
      }
    }
    return ScheduleComparison.of(
        ScheduleRunResponse.of(run, null),
        ScheduleRunResponse.of(other, null),
        late(run),
        late(other));
  }

  private List<String> late(ScheduleRunRecord run) {
    return runs.lateOrders(run.id(), 0, COMPARED).stream()
        .map(ScheduleResult.OrderRow::order)
        .toList();
  }

  /** A promise as the API shows it: instants for the minutes. */
  public record PromiseJson(
      Instant end,
      String reason,
      String reasonSubject,
      Instant reasonUntil,
      List<OperationJson> operations) {}

  /**
   * Capable to promise: when an order of the item (body: item, qty, priority 1-9, default 5) would
   * be done if it were added to the live schedule now, without moving anything in it.
   */
  @POST
  @Path("promise")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response promise(JsonObject body) {
    List<ApiErrors.FieldError> errors = new ArrayList<>();
    JsonObject given = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    for (String key : given.keySet()) {
      if (!List.of("item", "qty", "priority").contains(key)) {
        errors.add(
            new ApiErrors.FieldError(key, "is not a field of a promise: item, qty, priority"));
      }
    }
    String item = given.get("item") instanceof JsonString text ? text.getString().strip() : null;
    if (item == null || item.isEmpty()) {
      errors.add(new ApiErrors.FieldError("item", "is required: the item to make"));
    }
    BigDecimal qty =
        given.get("qty") instanceof JsonNumber number ? number.bigDecimalValue() : null;
    if (qty == null) {
      errors.add(new ApiErrors.FieldError("qty", "is required: a number of pieces"));
    }
    int priority = 5;
    if (given.containsKey("priority")) {
      priority =
          given.get("priority") instanceof JsonNumber number && number.isIntegral()
              ? number.bigDecimalValue().min(BigDecimal.TEN).max(BigDecimal.ZERO).intValue()
              : 0;
    }
    if (!errors.isEmpty()) {
      return ApiErrors.fields(errors, ApiErrors.locale(headers));
    }
    return OutcomeResponses.of(
        promises.promise(item, qty, priority),
        promise ->
            Response.ok(
                new PromiseJson(
                    promise.end(),
                    promise.reason().name(),
                    promise.reasonSubject(),
                    promise.reasonUntil(),
                    promise.operations().stream()
                        .map(row -> json(promise.origin(), row))
                        .toList())),
        ApiErrors.locale(headers));
  }

  @GET
  @Path("{id}")
  public ScheduleRunResponse run(@PathParam("id") long id) {
    return ScheduleRunResponse.of(record(id), runs.progress(id).orElse(null));
  }

  /** The run's operations by work center, unit and start: a JSON page, or all of them as CSV. */
  @GET
  @Path("{id}/operations")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response operations(
      @PathParam("id") long id,
      @QueryParam("workCenter") String workCenter,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    ScheduleRunRecord run = record(id);
    String center = workCenter == null || workCenter.isBlank() ? null : workCenter.strip();
    if (wantsCsv()) {
      return csv(run, center);
    }
    Page<ScheduleResult.OperationRow> page =
        runs.operations(id, center, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    return Response.ok(
            new Page<>(page.content().stream().map(row -> json(run, row)).toList(), page.total()))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @GET
  @Path("{id}/late-orders")
  public List<LateOrderJson> lateOrders(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    ScheduleRunRecord run = record(id);
    return runs.lateOrders(id, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE))).stream()
        .map(
            row ->
                new LateOrderJson(
                    row.order(),
                    at(run, row.end()),
                    run.at(row.due()),
                    row.tardinessMinutes(),
                    row.reason() == null ? null : row.reason().name(),
                    row.reasonSubject(),
                    at(run, row.reasonMinute())))
        .toList();
  }

  private Response csv(ScheduleRunRecord run, String center) {
    StreamingOutput csv =
        out -> {
          CSVPrinter printer =
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader(
                      "order",
                      "seq",
                      "work_center",
                      "unit",
                      "start",
                      "setup_end",
                      "end",
                      "setup_minutes",
                      "fixed")
                  .get()
                  .print(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
          for (int offset = 0; ; offset += MAX_PAGE) {
            List<ScheduleResult.OperationRow> rows =
                runs.operations(run.id(), center, offset, MAX_PAGE).content();
            for (ScheduleResult.OperationRow row : rows) {
              OperationJson line = json(run, row);
              printer.printRecord(
                  line.order(),
                  line.seq(),
                  line.workCenter(),
                  line.unit(),
                  line.start(),
                  line.setupEnd(),
                  line.end(),
                  line.setupMinutes(),
                  line.fixed());
            }
            if (rows.size() < MAX_PAGE) {
              break;
            }
          }
          printer.flush();
        };
    return Response.ok(csv)
        .type("text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"schedule-" + run.id() + "-operations.csv\"")
        .build();
  }

  /** CSV when the client's first preference names it; JSON otherwise. */
  private boolean wantsCsv() {
    return headers.getAcceptableMediaTypes().stream()
        .filter(type -> !type.isWildcardType())
        .findFirst()
        .map(type -> type.isCompatible(new MediaType("text", "csv")))
        .orElse(false);
  }

  private static OperationJson json(ScheduleRunRecord run, ScheduleResult.OperationRow row) {
    return json(run.origin(), row);
  }

  private static OperationJson json(Instant origin, ScheduleResult.OperationRow row) {
    return new OperationJson(
        row.order(),
        row.seq(),
        row.workCenter(),
        row.unit(),
        at(origin, row.start()),
        at(origin, row.setupEnd()),
        at(origin, row.end()),
        row.setupMinutes(),
        row.fixed());
  }

  private static Instant at(ScheduleRunRecord run, Long minute) {
    return at(run.origin(), minute);
  }

  private static Instant at(Instant origin, Long minute) {
    return minute == null ? null : origin.plusSeconds(60 * minute);
  }

  private ScheduleRunRecord record(long id) {
    return runs.run(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    ApiErrors.problem(Response.Status.NOT_FOUND, "no scheduling run " + id)));
  }
}
