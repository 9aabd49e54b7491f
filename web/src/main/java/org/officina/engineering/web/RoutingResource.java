package org.officina.engineering.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.officina.engineering.application.DocumentService;
import org.officina.engineering.application.RoutingService;
import org.officina.engineering.model.Document;
import org.officina.engineering.model.Routing;
import org.officina.engineering.model.RoutingOperation;
import org.officina.shared.model.Roles;
import org.officina.shared.web.ApiErrors;
import org.officina.shared.web.OutcomeResponses;

/**
 * Routings over REST: GET /routings/{item} gives an item's operations and sub-operations, its ETag
 * the version to quote in If-Match when PUT replaces them.
 */
@Path("routings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

  @Inject RoutingService routings;
  @Inject DocumentService documents;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The body of a PUT: the routing's operations, as GET gives them. */
  public record Operations(List<RoutingOperation> operations) {}

  /**
   * Replaces an item's operations. If-Match quotes the version read (none for a new routing): a
   * routing saved meanwhile by someone else is a 409; operations that break a rule are a 422.
   */
  @PUT
  @Path("{item}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response save(
      @PathParam("item") String item,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Operations body) {
    if (body == null || body.operations() == null) {
      throw new BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST, "the body must be {\"operations\": [...]}"));
    }
    List<RoutingOperation> operations =
        body.operations().stream().map(op -> withItem(op, item)).toList();
    return OutcomeResponses.of(
        routings.save(item, operations, OutcomeResponses.versionOrNew(ifMatch)),
        routing -> Response.ok(routing).tag(OutcomeResponses.etag(routing.version())),
        ApiErrors.locale(headers));
  }

  /** An operation as sent, with the item of the path and the exchange format's defaults. */
  private static RoutingOperation withItem(RoutingOperation op, String item) {
    if (op.workCenter() == null) {
      throw new BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST, "every operation needs a seq and a work_center"));
    }
    java.util.function.Function<BigDecimal, BigDecimal> zero = v -> v == null ? BigDecimal.ZERO : v;
    return new RoutingOperation(
        item,
        op.seq(),
        op.parentSeq(),
        op.description() == null ? "" : op.description(),
        op.workCenter(),
        zero.apply(op.setupMinutes()),
        zero.apply(op.runMinutes()),
        op.labourMinutes() == null ? zero.apply(op.runMinutes()) : op.labourMinutes(),
        zero.apply(op.fixedMinutes()),
        zero.apply(op.queueMinutes()),
        zero.apply(op.moveMinutes()),
        zero.apply(op.overlapPct()),
        op.subcontractor(),
        op.subcontractCost(),
        op.tooling() == null ? List.of() : op.tooling(),
        op.setupFamily() == null || op.setupFamily().isBlank() ? null : op.setupFamily().strip(),
        op.alternateWorkCenters());
  }

  /**
   * Attaches a work instruction or drawing: the body is the file, its name in ?name= and, for one
   * operation's document, its number in ?operation=. 201 with the document's address.
   */
  @POST
  @Path("{item}/documents")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response attach(
      @PathParam("item") String item,
      @QueryParam("name") String name,
      @QueryParam("operation") Integer operation,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body)
      throws IOException {
    byte[] content = body.readNBytes(DocumentService.MAX_BYTES + 1);
    return OutcomeResponses.of(
        documents.attach(item, operation, name, contentType, content),
        document ->
            Response.created(uri.getAbsolutePathBuilder().path("{id}").build(document.id()))
                .entity(document),
        ApiErrors.locale(headers));
  }

  @GET
  @Path("{item}/documents")
  public List<Document> documents(@PathParam("item") String item) {
    return documents.of(item);
  }

  @GET
  @Path("{item}/documents/{id}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("item") String item, @PathParam("id") long id) {
    Document document = document(item, id);
    return Response.ok(documents.content(id), document.contentType())
        .header("Content-Disposition", contentDisposition(document.name()))
        .build();
  }

  @DELETE
  @Path("{item}/documents/{id}")
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Response remove(@PathParam("item") String item, @PathParam("id") long id) {
    document(item, id);
    documents.remove(id);
    return Response.noContent().build();
  }

  /**
   * An attachment header that no file name can break: control characters, quotes and non-ASCII
   * replaced in the plain name, the exact name percent-encoded in UTF-8 (RFC 6266).
   */
  static String contentDisposition(String name) {
    String plain = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
  }

  private Document document(String item, long id) {
    return documents
        .find(id)
        .filter(d -> d.item().equals(item))
        .orElseThrow(
            () ->
                new NotFoundException(
                    ApiErrors.problem(
                        Response.Status.NOT_FOUND, "no document " + id + " of " + item)));
  }

  @GET
  @Path("{item}")
  public Response routing(@PathParam("item") String item) {
    Routing routing =
        routings
            .routing(item)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        ApiErrors.problem(
                            Response.Status.NOT_FOUND, "item " + item + " has no routing")));
    return Response.ok(routing).tag(new EntityTag(Long.toString(routing.version()))).build();
  }
}
