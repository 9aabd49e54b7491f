package org.officina.scheduling.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.officina.scheduling.application.CapacityLoadService;
import org.officina.scheduling.model.CapacityLoad;
import org.officina.shared.model.Roles;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.PlantZone;

/**
 * The load chart over REST: GET /capacity-load?days=28&period=DAY|WEEK&workCenter=X gives each work
 * center's load at infinite capacity (production orders and MRP's planned orders) against its
 * capacity by day or week, in standard minutes, with where the planned orders came from; days in
 * the plant's zone; 400 for days out of 1 to 366 or another period, 404 for an unknown work center.
 */
@Path("capacity-load")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class CapacityLoadResource {

  @Inject CapacityLoadService service;
  @Inject PlantZone plantZone;

  /** A work center's load over a day or a week (from its Monday). */
  public record BucketJson(
      String workCenter,
      LocalDate from,
      long loadMinutes,
      long plannedMinutes,
      long capacityMinutes,
      Long loadPct,
      boolean overloaded) {

    static BucketJson of(CapacityLoad.Bucket bucket) {
      return new BucketJson(
          bucket.workCenter(),
          bucket.from(),
          bucket.loadMinutes(),
          bucket.plannedMinutes(),
          bucket.capacity(),
          bucket.capacity() == 0 ? null : bucket.loadPct(),
          bucket.overloaded());
    }
  }

  /** The load and where it came from: the live MRP runs, their planned orders, what was left. */
  public record LoadJson(
      List<Long> mrpRuns,
      int plannedOrders,
      int plannedOrdersLeftOut,
      int operationsBeyondHorizon,
      List<BucketJson> buckets) {}

  @GET
  public LoadJson load(
      @QueryParam("days") @DefaultValue("28") int days,
      @QueryParam("period") @DefaultValue("DAY") String period,
      @QueryParam("workCenter") String workCenter) {
    ApiErrors.bounded("days", days, 1, CapacityLoadService.MAX_DAYS);
    boolean weeks =
        switch (period.strip().toUpperCase(java.util.Locale.ROOT)) {
          case "DAY" -> false;
          case "WEEK" -> true;
          default ->
              throw new BadRequestException(
                  ApiErrors.problem(
                      Response.Status.BAD_REQUEST, "period must be DAY or WEEK, not " + period));
        };
    CapacityLoadService.Load load = service.load(days, plantZone.zone());
    String center = workCenter == null || workCenter.isBlank() ? null : workCenter.strip();
    if (center != null
        && load.load().days().stream().noneMatch(b -> b.workCenter().equals(center))) {
      throw new NotFoundException(
          ApiErrors.problem(Response.Status.NOT_FOUND, "no work center " + center));
    }
    List<BucketJson> buckets =
        (weeks ? load.load().weeks() : load.load().days())
            .stream()
                .filter(b -> center == null || b.workCenter().equals(center))
                .map(BucketJson::of)
                .toList();
    return new LoadJson(
        load.mrpRuns(), load.plannedOrders(), load.leftOut(), load.load().beyondHorizon(), buckets);
  }
}
