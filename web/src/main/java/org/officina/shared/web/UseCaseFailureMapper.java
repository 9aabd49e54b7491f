package org.officina.shared.web;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures inside a use case: two users changing the same data at once is a conflict the client can
 * retry (409); anything else is logged with an id that the client is given, so that support can
 * find it.
 */
@Provider
public class UseCaseFailureMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(UseCaseFailureMapper.class.getName());

  @Override
  public Response toResponse(EJBException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof PersistenceException p && isUniqueViolation(p)) {
        return ApiErrors.problem(
            Response.Status.CONFLICT,
            "the data was changed by someone else at the same time: read it again and retry");
      }
    }
    String id = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "request failed, error id " + id, e);
    return ApiErrors.problem(
        Response.Status.INTERNAL_SERVER_ERROR,
        "the request failed; error id " + id + " is in the server log");
  }

  private static boolean isUniqueViolation(PersistenceException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("unique") || message.contains("duplicate");
  }
}
