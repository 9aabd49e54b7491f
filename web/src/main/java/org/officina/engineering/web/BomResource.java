package org.officina.engineering.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.officina.engineering.application.BillOfMaterialsService;
import org.officina.engineering.model.Bill;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ProductStructure;
import org.officina.shared.model.Decimals;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Bills of materials over REST. GET /boms/{parent} gives a bill with its revision; its ETag is its
 * version, to send back in If-Match with PUT, which replaces the bill's lines: a bill saved
 * meanwhile by someone else is a 409, not a lost update, and lines that break a rule (a cycle, with
 * its path) are a 422. The explosion and the where-used view read the structure on a date.
 */
@Path("boms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BomResource {

  @Inject BillOfMaterialsService bills;
  @Context HttpHeaders headers;

  /** A bill as the API shows it. */
  public record BillJson(
      String parent,
      int revision,
      long version,
      Instant changedAt,
      String changedBy,
      List<Line> lines) {
    static BillJson of(Bill bill) {
      return new BillJson(
          bill.parent(),
          bill.revision(),
          bill.version(),
          bill.changedAt(),
          bill.changedBy(),
          bill.lines().stream().map(Line::of).toList());
    }
  }

  /** A line as the API shows and takes it; absent values take the exchange format's defaults. */
  public record Line(
      String component,
      BigDecimal qtyPer,
      Boolean perOrder,
      BigDecimal scrapPct,
      LocalDate validFrom,
      LocalDate validTo,
      Integer operationSeq,
      Boolean phantom,
      String alternateFor,
      Integer priority) {

    static Line of(BomLine l) {
      return new Line(
          l.component(),
          l.qtyPer(),
          l.fixedPerOrder(),
          l.scrapPct(),
          l.validFrom(),
          l.validTo(),
          l.operationSeq() == 0 ? null : l.operationSeq(),
          l.phantom(),
          l.alternateFor(),
          l.priority());
    }

    BomLine toBomLine(String parent) {
      if (component == null || qtyPer == null) {
        throw new BadRequestException(
            ApiErrors.problem(
                Response.Status.BAD_REQUEST, "every line needs a component and a qty_per"));
      }
      return new BomLine(
          parent,
          component,
          qtyPer,
          Boolean.TRUE.equals(perOrder),
          scrapPct == null ? BigDecimal.ZERO : scrapPct,
          validFrom,
          validTo,
          operationSeq == null ? 0 : operationSeq,
          Boolean.TRUE.equals(phantom),
          alternateFor,
          priority == null ? 1 : priority);
    }
  }

  /** The body of a PUT: the bill's lines, in order. */
  public record Lines(List<Line> lines) {}

  /** A line of an explosion or a where-used view: its level and line. */
  public record Level(int level, String parent, String component, BigDecimal qty) {}

  @GET
  @Path("{parent}")
  public Response bill(@PathParam("parent") String parent) {
    Bill bill = bills.bill(parent).orElseThrow(() -> notFound(parent));
    return Response.ok(BillJson.of(bill)).tag(etag(bill)).build();
  }

  @PUT
  @Path("{parent}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response save(
      @PathParam("parent") String parent,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Lines body) {
    if (body == null || body.lines() == null) {
      throw new BadRequestException(
          ApiErrors.problem(Response.Status.BAD_REQUEST, "the body must be {\"lines\": [...]}"));
    }
    List<BomLine> lines = body.lines().stream().map(l -> l.toBomLine(parent)).toList();
    return OutcomeResponses.of(
        bills.save(parent, lines, OutcomeResponses.versionOrNew(ifMatch)),
        bill -> Response.ok(BillJson.of(bill)).tag(OutcomeResponses.etag(bill.version())),
        ApiErrors.locale(headers));
  }

  @GET
  @Path("{item}/explosion")
  public List<Level> explosion(
      @PathParam("item") String item,
      @QueryParam("qty") @DefaultValue("1") BigDecimal qty,
      @QueryParam("date") String date) {
    Optional<Violation> wrong =
        Decimals.check("qty", qty)
            .or(
                () ->
                    qty.signum() > 0
                        ? Optional.empty()
                        : Optional.of(Violation.of("qty", "value.positive", qty.toPlainString())));
    if (wrong.isPresent()) {
      throw new BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST,
              "qty: " + wrong.get().message(ApiErrors.locale(headers))));
    }
    return bills.explode(item, qty, day(date)).stream().map(BomResource::level).toList();
  }

  @GET
  @Path("{item}/where-used")
  public List<Level> whereUsed(@PathParam("item") String item, @QueryParam("date") String date) {
    return bills.whereUsed(item, day(date)).stream()
        .map(u -> new Level(u.level(), u.line().parent(), u.line().component(), u.line().qtyPer()))
        .toList();
  }

  private static Level level(ProductStructure.Exploded e) {
    return new Level(e.level(), e.line().parent(), e.line().component(), e.quantity());
  }

  private static LocalDate day(String date) {
    try {
      return date == null ? LocalDate.now() : LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequestException(
          ApiErrors.problem(Response.Status.BAD_REQUEST, "date must be YYYY-MM-DD, not " + date));
    }
  }

  private static NotFoundException notFound(String parent) {
    return new NotFoundException(
        ApiErrors.problem(
            Response.Status.NOT_FOUND, "item " + parent + " has no bill of materials"));
  }

  private static EntityTag etag(Bill bill) {
    return new EntityTag(Long.toString(bill.version()));
  }
}
