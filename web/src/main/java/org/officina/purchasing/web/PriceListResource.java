package org.officina.purchasing.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.officina.purchasing.application.PriceListService;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.PriceListRules;
import org.officina.purchasing.model.SupplierChoice;
import org.officina.shared.infrastructure.json.JsonFields;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Suppliers' price lists over REST.
 *
 * <ul>
 *   <li>GET /purchasing/price-lists (?item=) and GET /purchasing/preferred-suppliers;
 *   <li>PUT /purchasing/price-lists {"supplier": "ACME", "item": "BAR-40", "operation": null,
 *       "currency": "EUR", "valid_from": "2027-01-01", "valid_to": null, "lead_time_days": 10,
 *       "min_qty": 50, "multiple": 25, "breaks": [{"from_qty": 0, "unit_price": 5.0}], "preferred":
 *       true} adds a list or replaces the one with its supplier, item, operation and first day;
 *   <li>DELETE /purchasing/price-lists?supplier=&item=&valid_from=(&operation=);
 *   <li>GET /purchasing/quote?item=&qty=&date=(&operation=): who would supply it and at what price,
 *       or 422 with why nobody can.
 * </ul>
 */
@Path("purchasing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.COST_ACCOUNTANT, Roles.ADMIN, Roles.INTEGRATION})
public class PriceListResource {

  private static final List<String> FIELDS =
      List.of(
          "supplier",
          "item",
          "operation",
          "currency",
          "valid_from",
          "valid_to",
          "lead_time_days",
          "min_qty",
          "multiple",
          "breaks",
          "preferred");

  /** A supplier chosen for a quantity, as GET /purchasing/quote answers. */
  public record Quote(
      String supplier,
      String item,
      Integer operation,
      BigDecimal qty,
      BigDecimal unitPrice,
      BigDecimal amount,
      String currency,
      Integer leadTimeDays) {}

  @Inject PriceListService priceLists;
  @Context HttpHeaders headers;

  @GET
  @Path("price-lists")
  public List<PriceList> lists(@QueryParam("item") String item) {
    return item == null || item.isBlank() ? priceLists.all() : priceLists.ofItem(item.strip());
  }

  @GET
  @Path("preferred-suppliers")
  public Map<String, String> preferred() {
    return priceLists.preferred();
  }

  @PUT
  @Path("price-lists")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response save(JsonObject body) {
    JsonFields fields =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body).onlyKnown(FIELDS);
    List<JsonObject> breakObjects = fields.objects("breaks");
    List<Violation> violations = new ArrayList<>();
    if (breakObjects.size() > PriceListRules.MAX_BREAKS) {
      violations.add(Violation.of("breaks", "priceList.tooManyBreaks", PriceListRules.MAX_BREAKS));
      breakObjects = List.of();
    }
    List<PriceList.PriceBreak> breaks = new ArrayList<>();
    for (JsonObject object : breakObjects) {
      JsonFields pb = new JsonFields(object).onlyKnown(List.of("from_qty", "unit_price"));
      breaks.add(
          new PriceList.PriceBreak(
              pb.decimal("from_qty", BigDecimal.ZERO), pb.decimal("unit_price", null)));
      pb.violations()
          .forEach(v -> violations.add(new Violation("breaks." + v.field(), v.key(), v.args())));
    }
    PriceList list =
        new PriceList(
            fields.text("supplier", null),
            fields.text("item", null),
            fields.integer("operation", null),
            fields.text("currency", null),
            fields.date("valid_from", null),
            fields.date("valid_to", null),
            fields.integer("lead_time_days", null),
            fields.decimal("min_qty", BigDecimal.ZERO),
            fields.decimal("multiple", null),
            breaks);
    boolean preferred = Boolean.TRUE.equals(fields.bool("preferred", false));
    violations.addAll(0, fields.violations());
    if (!violations.isEmpty()) {
      return ApiErrors.invalid(violations, ApiErrors.locale(headers));
    }
    return OutcomeResponses.of(
        priceLists.save(
            List.of(list),
            preferred && list.item() != null ? Map.of(list.item(), list.supplier()) : Map.of()),
        done -> Response.ok(list),
        ApiErrors.locale(headers));
  }

  /** The quantity asked, from more than 0 to a billion; anything else is a 400 saying so. */
  private static BigDecimal quantity(String text) {
    try {
      BigDecimal qty = new BigDecimal(text.strip());
      if (qty.signum() > 0 && qty.compareTo(PriceListRules.MAX_VALUE) <= 0) {
        return qty;
      }
    } catch (NumberFormatException e) {
      // answered below, as a number out of range is
    }
    throw new jakarta.ws.rs.BadRequestException(
        ApiErrors.problem(
            Response.Status.BAD_REQUEST,
            "qty must be a number greater than 0 and at most 1000000000, not " + text));
  }

  /** The operation asked, 1 to 99999, or null for the whole item; anything else is a 400. */
  private static Integer operation(String text) {
    return text == null || text.isBlank()
        ? null
        : (int) ApiErrors.bounded("operation", whole(text), 1, 99_999);
  }

  private static long whole(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new jakarta.ws.rs.BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST, "operation must be a whole number, not " + text));
    }
  }

  @DELETE
  @Path("price-lists")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response remove(
      @QueryParam("supplier") String supplier,
      @QueryParam("item") String item,
      @QueryParam("operation") String operationText,
      @QueryParam("valid_from") String validFrom) {
    LocalDate from = ApiErrors.date("valid_from", validFrom);
    Integer operation = operation(operationText);
    if (supplier == null || item == null || from == null) {
      return ApiErrors.problem(
          Response.Status.BAD_REQUEST, "supplier, item and valid_from are required");
    }
    return priceLists.remove(new PriceList.Key(supplier, item, operation, from))
        ? Response.noContent().build()
        : ApiErrors.problem(
            Response.Status.NOT_FOUND,
            "no price list of " + supplier + " for " + item + " from " + from);
  }

  @GET
  @Path("quote")
  public Response quote(
      @QueryParam("item") String item,
      @QueryParam("operation") String operationText,
      @QueryParam("qty") String qtyText,
      @QueryParam("date") String date) {
    LocalDate day = ApiErrors.date("date", date);
    if (item == null || item.isBlank() || qtyText == null || day == null) {
      return ApiErrors.problem(Response.Status.BAD_REQUEST, "item, qty and date are required");
    }
    BigDecimal qty = quantity(qtyText);
    Integer operation = operation(operationText);
    SupplierChoice.Outcome outcome = priceLists.quote(item.strip(), operation, qty, day);
    if (outcome.quote() == null) {
      return ApiErrors.invalid(List.of(outcome.refusal()), ApiErrors.locale(headers));
    }
    SupplierChoice.Quote quote = outcome.quote();
    return Response.ok(
            new Quote(
                quote.supplier(),
                item.strip(),
                operation,
                quote.qty(),
                quote.unitPrice(),
                quote.amount(),
                quote.list().currency(),
                quote.list().leadTimeDays()))
        .build();
  }
}
