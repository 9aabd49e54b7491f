package org.officina.engineering.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;
import org.officina.engineering.application.ChangeOutcome;
import org.officina.shared.web.ApiErrors;

/**
 * How the API answers a change to a bill or a routing: 200 with the saved value and its version as
 * ETag; 404, 409 (saved meanwhile by someone else) or 422 (every broken rule) when refused.
 */
final class ChangeResponses {

  private ChangeResponses() {}

  /** The version quoted in If-Match (0 when absent: the caller creates). */
  static long version(String ifMatch) {
    if (ifMatch == null) {
      return 0;
    }
    try {
      return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST, "If-Match must be an ETag read before, not " + ifMatch));
    }
  }

  static <T> Response of(
      ChangeOutcome<T> outcome,
      Function<T, Object> body,
      Function<T, Long> version,
      Locale locale) {
    if (outcome instanceof ChangeOutcome.Saved<T> saved) {
      return Response.ok(body.apply(saved.saved()))
          .tag(new EntityTag(Long.toString(version.apply(saved.saved()))))
          .build();
    }
    ChangeOutcome.Refused<T> refused = (ChangeOutcome.Refused<T>) outcome;
    String message = refused.violations().get(0).message(locale);
    return switch (refused.refusal()) {
      case NOT_FOUND -> ApiErrors.problem(Response.Status.NOT_FOUND, message);
      case STALE_VERSION -> ApiErrors.problem(Response.Status.CONFLICT, message);
      case INVALID -> ApiErrors.invalid(refused.violations(), locale);
    };
  }
}
