package org.officina.shared.web;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.officina.shared.infrastructure.SqlStates;

/**
 * Failures inside a use case. Two users changing the same data at once, or a change the database's
 * constraints refuse (a key that exists, a record still in use), are conflicts the client can act
 * on (409), told apart by SQLState rather than by the text of a message; anything else is a server
 * error with an id the client is given and the server logs.
 */
@Provider
public class UseCaseFailureMapper implements ExceptionMapper<EJBException> {

  @Override
  public Response toResponse(EJBException e) {
    return conflict(e).orElseGet(() -> UnexpectedFailureMapper.serverError(e));
  }

  /** The conflict a failure is, if it is one. */
  static Optional<Response> conflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return Optional.of(
            ApiErrors.problem(
                Response.Status.CONFLICT,
                "the data was changed by someone else at the same time: read it again and retry"));
      }
    }
    return SqlStates.violated(failure)
        .map(violated -> ApiErrors.problem(Response.Status.CONFLICT, detail(violated)));
  }

  private static String detail(SqlStates.Violated violated) {
    return switch (violated) {
      case UNIQUE -> "it exists already: someone saved the same at the same time; read it again";
      case FOREIGN_KEY ->
          "it is still used by other records (bills, routings, orders, stock or movements),"
              + " or refers to one that no longer exists";
      case OTHER -> "the database refused the change as inconsistent with what it holds";
    };
  }
}
