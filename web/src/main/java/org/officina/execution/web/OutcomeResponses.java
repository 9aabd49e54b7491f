package org.officina.execution.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.officina.execution.application.Outcome;
import org.officina.execution.model.ProductionOrder;
import org.officina.shared.web.ApiErrors;

/**
 * How the API answers a request on production orders: the result, an order with its version as
 * ETag; or 404, 409 (changed meanwhile), 403 (a role that may not) or 422 (every broken rule).
 */
final class OutcomeResponses {

  private OutcomeResponses() {}

  static <T> Response of(Outcome<T> outcome, Response.Status status, Locale locale) {
    if (outcome instanceof Outcome.Done<T> done) {
      Response.ResponseBuilder response = Response.status(status).entity(done.value());
      if (done.value() instanceof ProductionOrder order) {
        response.tag(new EntityTag(Long.toString(order.version())));
      }
      return response.build();
    }
    Outcome.Refused<T> refused = (Outcome.Refused<T>) outcome;
    String message = refused.violations().get(0).message(locale);
    return switch (refused.refusal()) {
      case NOT_FOUND -> ApiErrors.problem(Response.Status.NOT_FOUND, message);
      case STALE -> ApiErrors.problem(Response.Status.CONFLICT, message);
      case FORBIDDEN -> ApiErrors.problem(Response.Status.FORBIDDEN, message);
      case INVALID -> ApiErrors.invalid(refused.violations(), locale);
    };
  }

  /** The version quoted in If-Match, or null when there is none (no check). */
  static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST, "If-Match must be an ETag read before, not " + ifMatch));
    }
  }
}
