package org.officina.shared.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure no other mapper answers. A body that cannot be read as the JSON an endpoint takes
 * is the client's (400, saying why); a database constraint is a conflict (409); anything else is
 * logged with an id that the client is given, and no stack trace or class name ever reaches it.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());
  private static final int MOST_DETAIL = 300;

  @Override
  public Response toResponse(Throwable e) {
    Throwable unreadable = null;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonException || cause instanceof JsonbException) {
        unreadable = cause;
        break;
      }
      if (cause instanceof ProcessingException && unreadable == null) {
        unreadable = cause;
      }
    }
    if (unreadable != null) {
      return ApiErrors.problem(
          Response.Status.BAD_REQUEST,
          "the body is not the JSON this endpoint takes: " + reason(unreadable));
    }
    return UseCaseFailureMapper.conflict(e).orElseGet(() -> serverError(e));
  }

  /** A 500 with the id under which the failure is logged. */
  static Response serverError(Throwable e) {
    String id = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "request failed, error id " + id, e);
    return ApiErrors.problem(
        Response.Status.INTERNAL_SERVER_ERROR,
        "the request failed; error id " + id + " is in the server log");
  }

  /**
   * The reader's message, which names the property (and each it is nested in) or the position,
   * shortened.
   */
  private static String reason(Throwable failure) {
    String message =
        String.valueOf(failure.getMessage())
            .replaceAll("\\s+", " ")
            .replaceAll("RESTEASY\\d+: ", "")
            .replaceAll("(class )?([a-z]\\w*\\.)+([A-Z]\\w*)", "$3");
    return message.length() <= MOST_DETAIL ? message : message.substring(0, MOST_DETAIL) + "…";
  }
}
