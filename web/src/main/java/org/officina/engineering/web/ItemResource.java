package org.officina.engineering.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemSearch;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.shared.infrastructure.json.ItemJson;
import org.officina.shared.infrastructure.json.JsonSupport;
import org.officina.shared.model.Codes;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * The item master over REST: /api/v1/items. Items are JSON objects whose properties are the
 * exchange format's columns; a list is a page of them with the total. The ETag of an item is its
 * version: send it back in If-Match (or as "version") and a change made meanwhile by someone else
 * is refused with 409 instead of overwritten.
 */
@Path("items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

  @Inject ItemService items;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  public JsonObject list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size,
      @QueryParam("code") String code,
      @QueryParam("description") String description,
      @QueryParam("supply_type") String supplyType,
      @QueryParam("uom") String uom,
      @QueryParam("lot_rule") String lotRule,
      @QueryParam("sort") @DefaultValue("code") String sort) {
    if (page < 0 || size < 1 || size > ItemSearch.MAX_LIMIT || page > Integer.MAX_VALUE / size) {
      throw badRequest(
          "size must be 1 to "
              + ItemSearch.MAX_LIMIT
              + " and page 0 to "
              + Integer.MAX_VALUE / Math.max(1, size));
    }
    boolean descending = sort.startsWith("-");
    ItemSearch search =
        new ItemSearch(
            code,
            description,
            filter("supply_type", supplyType, SupplyType.class),
            filter("uom", uom, UnitOfMeasure.class),
            filter("lot_rule", lotRule, LotRule.class),
            filter("sort", descending ? sort.substring(1) : sort, ItemSearch.SortField.class),
            descending,
            Math.multiplyExact(page, size),
            size);
    Page<Item> found = items.search(search);
    JsonArrayBuilder content = JsonSupport.array();
    found.content().forEach(item -> content.add(ItemJson.write(item)));
    return JsonSupport.object()
        .add("items", content)
        .add("page", page)
        .add("size", size)
        .add("total", found.total())
        .build();
  }

  @GET
  @Path("{code}")
  public Response get(@PathParam("code") String code) {
    return items
        .find(code)
        .map(item -> Response.ok(ItemJson.write(item)).tag(etag(item)).build())
        .orElseGet(() -> notFound(code));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response create(String body) {
    ItemJson.Parsed parsed = ItemJson.read(object(body));
    if (!parsed.violations().isEmpty()) {
      return ApiErrors.invalid(parsed.violations(), locale());
    }
    return OutcomeResponses.of(
        items.create(parsed.item()),
        item ->
            Response.created(uri.getAbsolutePathBuilder().path(item.code()).build())
                .entity(ItemJson.write(item))
                .tag(etag(item)),
        locale());
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response update(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      String body) {
    JsonObject json = object(body);
    if (!json.containsKey("code")) {
      json = JsonSupport.object(json).add("code", code).build();
    }
    ItemJson.Parsed parsed = ItemJson.read(json);
    if (!parsed.violations().isEmpty()) {
      return ApiErrors.invalid(parsed.violations(), locale());
    }
    Long expected = ifMatch != null ? version(ifMatch) : parsed.version();
    return OutcomeResponses.of(
        items.update(code, parsed.item(), expected),
        item -> Response.ok(ItemJson.write(item)).tag(etag(item)),
        locale());
  }

  @DELETE
  @Path("{code}")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response delete(@PathParam("code") String code) {
    return OutcomeResponses.of(items.delete(code), gone -> Response.noContent(), locale());
  }

  private Response notFound(String code) {
    return ApiErrors.problem(
        Response.Status.NOT_FOUND, Violation.of("code", "item.notFound", code).message(locale()));
  }

  private static JsonObject object(String body) {
    try (JsonReader reader = JsonSupport.reader(body)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw badRequest("the body must be a JSON object");
      }
      return value.asJsonObject();
    } catch (JsonException e) {
      throw badRequest("the body is not valid JSON: " + e.getMessage());
    }
  }

  private static <E extends Enum<E>> E filter(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Codes.parse(type, value)
        .orElseThrow(
            () ->
                badRequest(
                    name
                        + " '"
                        + value
                        + "' is not one of "
                        + Codes.allowed(type).toLowerCase(Locale.ROOT)));
  }

  private static Long version(String ifMatch) {
    try {
      return Long.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
    } catch (NumberFormatException e) {
      throw badRequest("If-Match must be the ETag of the item, not " + ifMatch);
    }
  }

  private static EntityTag etag(Item item) {
    return OutcomeResponses.etag(item.version());
  }

  private static BadRequestException badRequest(String message) {
    return new BadRequestException(ApiErrors.problem(Response.Status.BAD_REQUEST, message));
  }

  private Locale locale() {
    return ApiErrors.locale(headers);
  }
}
