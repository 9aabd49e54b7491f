package org.officina.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A user without the role for a use case gets 403, not a server error. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Override
  public Response toResponse(EJBAccessException e) {
    return ApiErrors.problem(Response.Status.FORBIDDEN, "your roles do not allow this operation");
  }
}
