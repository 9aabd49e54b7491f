package org.officina.shared.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;
import org.officina.shared.model.Outcome;

/**
 * How the API answers a requested change: what the endpoint makes of the result when done; when
 * refused, 404, 409 (a clash, or a change made meanwhile by someone else), 403 (a role that may
 * not) or 422 (every broken rule).
 */
public final class OutcomeResponses {

  private OutcomeResponses() {}

  /** The result as the body with the status, for results that carry no version. */
  public static <T> Response of(Outcome<T> outcome, Response.Status status, Locale locale) {
    return of(outcome, value -> Response.status(status).entity(value), locale);
  }

  /** The endpoint's answer to the result, or the refusal's. */
  public static <T> Response of(
      Outcome<T> outcome, Function<T, Response.ResponseBuilder> done, Locale locale) {
    if (outcome instanceof Outcome.Done<T> result) {
      return done.apply(result.value()).build();
    }
    return refused((Outcome.Refused<T>) outcome, locale);
  }

  private static Response refused(Outcome.Refused<?> refused, Locale locale) {
    String message = refused.violations().get(0).message(locale);
    return switch (refused.refusal()) {
      case NOT_FOUND -> ApiErrors.problem(Response.Status.NOT_FOUND, message);
      case CONFLICT, STALE -> ApiErrors.problem(Response.Status.CONFLICT, message);
      case FORBIDDEN -> ApiErrors.problem(Response.Status.FORBIDDEN, message);
      case INVALID -> ApiErrors.invalid(refused.violations(), locale);
    };
  }

  /** The version a client sends back in If-Match to have its change refused if it is stale. */
  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version quoted in If-Match, or null when there is none (no check). */
  public static Long version(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null : quoted(ifMatch);
  }

  /** The version quoted in If-Match, 0 when absent: the caller creates (a bill, a routing). */
  public static long versionOrNew(String ifMatch) {
    return ifMatch == null ? 0 : quoted(ifMatch);
  }

  private static long quoted(String ifMatch) {
    try {
      return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST, "If-Match must be an ETag read before, not " + ifMatch));
    }
  }
}
