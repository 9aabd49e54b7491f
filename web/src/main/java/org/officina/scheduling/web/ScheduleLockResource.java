package org.officina.scheduling.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.officina.scheduling.application.ScheduleLockService;
import org.officina.scheduling.application.ScheduleRunner;
import org.officina.scheduling.model.OperationLock;
import org.officina.shared.model.Roles;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Locks over REST: PUT /schedules/locks/{order}/{seq} locks an operation on a unit of a work center
 * from a start (body: work_center, unit, start as an instant); it is refused with the reason when
 * it breaks a rule (422: a closed calendar, a unit the center lacks, a start past; 409: over an
 * operation fixed there; 404: no such operation to do). A kept lock, and DELETE's unlock, re-time
 * the published schedule at once.
 */
@Path("schedules/locks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ScheduleLockResource {

  @Inject ScheduleLockService locks;
  @Inject ScheduleRunner runner;
  @Context HttpHeaders headers;

  @GET
  public List<OperationLock> all() {
    return locks.all();
  }

  @PUT
  @Path("{order}/{seq}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public Response lock(
      @PathParam("order") String order, @PathParam("seq") int seq, JsonObject body) {
    List<ApiErrors.FieldError> errors = new ArrayList<>();
    JsonObject given = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    String center = text(given, "work_center", errors);
    Integer unit = whole(given, "unit", errors);
    Instant start = instant(given, "start", errors);
    for (String key : given.keySet()) {
      if (!List.of("work_center", "unit", "start").contains(key)) {
        errors.add(
            new ApiErrors.FieldError(key, "is not a field of a lock: work_center, unit, start"));
      }
    }
    if (!errors.isEmpty()) {
      return ApiErrors.fields(errors, ApiErrors.locale(headers));
    }
    Response answer =
        OutcomeResponses.of(
            locks.lock(new OperationLock(order, seq, center, unit, start)),
            Response.Status.OK,
            ApiErrors.locale(headers));
    if (answer.getStatus() == Response.Status.OK.getStatusCode()) {
      runner.reschedule();
    }
    return answer;
  }

  @DELETE
  @Path("{order}/{seq}")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
  public Response unlock(@PathParam("order") String order, @PathParam("seq") int seq) {
    Response answer =
        OutcomeResponses.of(
            locks.unlock(order, seq), done -> Response.noContent(), ApiErrors.locale(headers));
    if (answer.getStatus() == Response.Status.NO_CONTENT.getStatusCode()) {
      runner.reschedule();
    }
    return answer;
  }

  private static String text(JsonObject body, String field, List<ApiErrors.FieldError> errors) {
    JsonValue value = body.get(field);
    if (value instanceof JsonString text && !text.getString().isBlank()) {
      return text.getString().strip();
    }
    errors.add(new ApiErrors.FieldError(field, "is required: the work center's code"));
    return null;
  }

  private static Integer whole(JsonObject body, String field, List<ApiErrors.FieldError> errors) {
    JsonValue value = body.get(field);
    if (value instanceof JsonNumber number) {
      try {
        return number.bigDecimalValue().intValueExact();
      } catch (ArithmeticException e) {
        // a fraction, or beyond an int: refused below
      }
    }
    errors.add(new ApiErrors.FieldError(field, "must be a whole number: the unit, from 0"));
    return null;
  }

  private static Instant instant(JsonObject body, String field, List<ApiErrors.FieldError> errors) {
    JsonValue value = body.get(field);
    if (value instanceof JsonString text) {
      try {
        return Instant.parse(text.getString().strip());
      } catch (DateTimeParseException e) {
        // refused below
      }
    }
    errors.add(new ApiErrors.FieldError(field, "must be an instant, such as 2027-01-11T08:00:00Z"));
    return null;
  }
}
