package org.officina.execution.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.officina.execution.application.DispatchService;
import org.officina.execution.model.DispatchLine;
import org.officina.execution.model.PickingLine;

/**
 * Dispatch lists (the released operations of a work center or a department in the sequence the
 * floor takes them, with their materials, tooling, documents and neighbouring operations) and
 * picking lists (what the warehouse issues by list, for an order or a department).
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DispatchResource {

  @Inject DispatchService dispatch;

  @GET
  @Path("dispatch-lists/work-centers/{code}")
  public List<DispatchLine> ofWorkCenter(@PathParam("code") String code) {
    return dispatch.ofWorkCenter(code);
  }

  @GET
  @Path("dispatch-lists/departments/{code}")
  public List<DispatchLine> ofDepartment(@PathParam("code") String code) {
    return dispatch.ofDepartment(code);
  }

  @GET
  @Path("picking-lists/orders/{number}")
  public List<PickingLine> ofOrder(@PathParam("number") String number) {
    return dispatch.pickingListOfOrder(number);
  }

  @GET
  @Path("picking-lists/departments/{code}")
  public List<PickingLine> pickingOfDepartment(@PathParam("code") String code) {
    return dispatch.pickingListOfDepartment(code);
  }
}
