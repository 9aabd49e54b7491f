package org.officina.shared.web;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The answers the REST runtime gives by itself (no such address, a method or a Content-Type the
 * endpoint does not take, a parameter that does not convert) in the API's problem format; an answer
 * an endpoint made itself goes out as it is.
 */
@Provider
public class ClientErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response made = e.getResponse();
    if (made.hasEntity()) {
      return made;
    }
    if (e instanceof NotFoundException && e.getCause() != null) {
      return ApiErrors.problem(
          Response.Status.BAD_REQUEST,
          "a parameter is not valid: "
              + String.valueOf(e.getMessage()).replaceFirst("^RESTEASY\\d+: ", ""));
    }
    Response problem = ApiErrors.problem(made.getStatus(), detail(e));
    Response.ResponseBuilder answer = Response.fromResponse(problem);
    made.getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> answer.header(name, v));
              }
            });
    return answer.build();
  }

  private static String detail(WebApplicationException e) {
    if (e instanceof NotFoundException) {
      return "there is nothing at this address";
    }
    if (e instanceof ForbiddenException) {
      return "your roles do not allow this operation";
    }
    if (e instanceof NotAllowedException) {
      return "this address does not take that method (Allow lists those it takes)";
    }
    if (e instanceof NotSupportedException) {
      return "this address does not take a body of that Content-Type";
    }
    if (e instanceof NotAcceptableException) {
      return "this address cannot answer in a type the Accept header asks for";
    }
    Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
    return status == null ? "the request was refused" : status.getReasonPhrase();
  }
}
