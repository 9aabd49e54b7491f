package org.officina.purchasing.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.officina.purchasing.application.DeliveryNoteService;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.DeliveryNote;
import org.officina.purchasing.model.Supplier;
import org.officina.shared.infrastructure.json.JsonFields;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;
import org.officina.shared.web.Paper;

/**
 * Delivery notes of conto lavoro (DDT) over REST.
 *
 * <ul>
 *   <li>GET /subcontracting/delivery-notes (?supplier=&limit=), newest first; GET
 *       /subcontracting/delivery-notes/{number}; GET .../{number}/pdf (?lang=it) the printable
 *       note;
 *   <li>POST /subcontracting/delivery-notes {"client_id": "N-1", "supplier": "HEAT", "carrier":
 *       "Rossi Trasporti", "lines": [{"order": "SC-1", "component": 1, "qty": 52, "from": "MAIN",
 *       "lots": ["L7"]}]} posts a note: 201 with its number, or 422 naming every wrong line and any
 *       stock short;
 *   <li>POST /subcontracting/delivery-notes/{number}/reverse.
 * </ul>
 */
@Path("subcontracting/delivery-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class DeliveryNoteResource {

  private static final List<String> LINE_FIELDS =
      List.of("order", "component", "qty", "from", "lots");

  @Inject DeliveryNoteService notes;
  @Inject PurchasingService purchasing;
  @Context HttpHeaders headers;

  /** The sender a note names: the server's system property officina.company. */
  private static String company() {
    return System.getProperty("officina.company", "Officina");
  }

  @GET
  public List<DeliveryNote> list(
      @QueryParam("supplier") String supplier,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return notes.notes(
        supplier == null || supplier.isBlank() ? null : supplier.strip(),
        (int) ApiErrors.bounded("limit", limit, 1, 500));
  }

  @GET
  @Path("{number}")
  public Response note(@PathParam("number") String number) {
    return notes.find(number).map(n -> Response.ok(n).build()).orElseGet(() -> notFound(number));
  }

  @GET
  @Path("{number}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("number") String number, @QueryParam("lang") String lang) {
    Locale locale = Paper.locale(lang, headers);
    return notes
        .find(number)
        .map(
            n ->
                Paper.response(
                    DeliveryNotePaper.of(n, company(), supplierName(n.supplier()), locale),
                    n.number()))
        .orElseGet(() -> notFound(number));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public Response post(JsonObject body) {
    JsonFields f =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body)
            .onlyKnown(List.of("client_id", "supplier", "carrier", "lines"));
    List<Violation> violations = new ArrayList<>();
    List<DeliveryNoteService.Send> sends = new ArrayList<>();
    List<JsonObject> lines = f.objects("lines");
    for (int k = 0; k < Math.min(lines.size(), 201); k++) {
      JsonFields l = new JsonFields(lines.get(k)).onlyKnown(LINE_FIELDS);
      Integer component = l.integer("component", null);
      sends.add(
          new DeliveryNoteService.Send(
              l.text("order", null),
              component == null ? 0 : component,
              l.decimal("qty", (BigDecimal) null),
              l.text("from", null),
              l.texts("lots")));
      String where = "lines[" + (k + 1) + "].";
      l.violations()
          .forEach(v -> violations.add(new Violation(where + v.field(), v.key(), v.args())));
    }
    violations.addAll(0, f.violations());
    if (!violations.isEmpty()) {
      return ApiErrors.invalid(violations, locale());
    }
    return OutcomeResponses.of(
        notes.post(
            f.text("supplier", null), f.text("carrier", null), f.text("client_id", null), sends),
        n -> Response.created(URI.create("subcontracting/delivery-notes/" + n.number())).entity(n),
        locale());
  }

  @POST
  @Path("{number}/reverse")
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public Response reverse(@PathParam("number") String number) {
    return OutcomeResponses.of(notes.reverse(number), n -> Response.ok(n), locale());
  }

  private String supplierName(String code) {
    return purchasing.suppliers().stream()
        .filter(s -> s.code().equals(code))
        .map(Supplier::name)
        .findFirst()
        .orElse("");
  }

  private Response notFound(String number) {
    return ApiErrors.problem(
        Response.Status.NOT_FOUND,
        Violation.of("number", "deliveryNote.notFound", number).message(locale()));
  }

  private Locale locale() {
    return ApiErrors.locale(headers);
  }
}
