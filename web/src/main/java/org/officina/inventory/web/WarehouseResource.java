package org.officina.inventory.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.officina.inventory.application.WarehouseService;
import org.officina.inventory.model.Warehouse;
import org.officina.inventory.model.WarehouseLocation;
import org.officina.shared.infrastructure.json.JsonFields;
import org.officina.shared.model.Roles;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Warehouses over REST, and whether MRP counts what they hold: GET /warehouses, GET
 * /warehouses/locations; PUT /warehouses/{code} {"description": "...", "nettable": false,
 * "subcontractor": "TRATT-BRESCIA"} adds or changes one, PUT
 * /warehouses/{code}/locations/{location} {"description": "...", "nettable": false} a location
 * counted otherwise than its warehouse.
 */
@Path("warehouses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseResource {

  @Inject WarehouseService warehouses;
  @Context HttpHeaders headers;

  @GET
  public List<Warehouse> warehouses() {
    return warehouses.warehouses();
  }

  @GET
  @Path("locations")
  public List<WarehouseLocation> locations() {
    return warehouses.locations();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response save(@PathParam("code") String code, JsonObject body) {
    JsonFields fields =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body)
            .onlyKnown(List.of("description", "nettable", "subcontractor"));
    Warehouse warehouse =
        new Warehouse(
            code,
            fields.text("description", ""),
            fields.bool("nettable", true),
            fields.text("subcontractor", null));
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), ApiErrors.locale(headers));
    }
    return OutcomeResponses.of(
        warehouses.save(List.of(warehouse), List.of()),
        done -> Response.ok(warehouse),
        ApiErrors.locale(headers));
  }

  @PUT
  @Path("{code}/locations/{location}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response saveLocation(
      @PathParam("code") String code, @PathParam("location") String location, JsonObject body) {
    JsonFields fields =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body)
            .onlyKnown(List.of("description", "nettable"));
    WarehouseLocation saved =
        new WarehouseLocation(
            code, location, fields.text("description", ""), fields.bool("nettable", true));
    if (!fields.violations().isEmpty()) {
      return ApiErrors.invalid(fields.violations(), ApiErrors.locale(headers));
    }
    return OutcomeResponses.of(
        warehouses.save(List.of(), List.of(saved)),
        done -> Response.ok(saved),
        ApiErrors.locale(headers));
  }
}
