package org.officina.execution.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.Item;
import org.officina.execution.application.DispatchService;
import org.officina.execution.application.OrderDetail;
import org.officina.execution.application.ProductionOrderService;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.Paper;

/**
 * The shop floor's papers as A4 PDFs, in English or Italian ({@code ?lang=it}, else the request's
 * language): an order's traveller with a barcode per operation, a work center's or department's
 * dispatch list, and a department's picking list.
 */
@Path("papers")
@RequestScoped
@Produces(PaperResource.PDF)
public class PaperResource {

  static final String PDF = "application/pdf";

  @Inject ProductionOrderService orders;
  @Inject DispatchService dispatch;
  @Inject ItemService items;
  @Context HttpHeaders headers;

  @GET
  @Path("travellers/{number}")
  public Response traveller(@PathParam("number") String number, @QueryParam("lang") String lang) {
    Locale locale = Paper.locale(lang, headers);
    OrderDetail detail =
        orders
            .find(number)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        ApiErrors.problem(
                            Response.Status.NOT_FOUND,
                            Violation.of("order", "order.notFound", number).message(locale))));
    String description = items.find(detail.order().item()).map(Item::description).orElse(null);
    return Paper.response(
        Traveller.of(detail, description, dispatch.pickingListOfOrder(number), locale),
        "traveller-" + number);
  }

  @GET
  @Path("dispatch-lists/work-centers/{code}")
  public Response dispatchOfWorkCenter(
      @PathParam("code") String code, @QueryParam("lang") String lang) {
    Locale locale = Paper.locale(lang, headers);
    return Paper.response(
        DispatchPaper.of(code, dispatch.ofWorkCenter(code), locale), "dispatch-" + code);
  }

  @GET
  @Path("dispatch-lists/departments/{code}")
  public Response dispatchOfDepartment(
      @PathParam("code") String code, @QueryParam("lang") String lang) {
    Locale locale = Paper.locale(lang, headers);
    return Paper.response(
        DispatchPaper.of(code, dispatch.ofDepartment(code), locale), "dispatch-" + code);
  }

  @GET
  @Path("picking-lists/departments/{code}")
  public Response pickingOfDepartment(
      @PathParam("code") String code, @QueryParam("lang") String lang) {
    Locale locale = Paper.locale(lang, headers);
    return Paper.response(
        PickingPaper.of(code, dispatch.pickingListOfDepartment(code), locale), "picking-" + code);
  }
}
