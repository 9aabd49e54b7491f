package org.officina.integration.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.officina.engineering.application.ImportSummary;
import org.officina.integration.application.DatasetImport;
import org.officina.integration.application.DatasetResult;
import org.officina.integration.application.ImportResult;
import org.officina.integration.application.ItemImport;
import org.officina.integration.batch.DatasetImportJobs;
import org.officina.integration.batch.DatasetJobStatus;
import org.officina.integration.batch.ImportJobStatus;
import org.officina.integration.batch.ItemImportJobs;
import org.officina.integration.model.ExchangeFormat;
import org.officina.shared.model.Roles;
import org.officina.shared.web.ApiErrors;

/**
 * Imports in the exchange format. POST /import/items takes an items.csv and imports it in one
 * transaction, all or nothing: 200 with the counts, or 422 with every error (file, line, column,
 * message). POST /import/items/jobs hands a large file to the items-import batch job instead: 202,
 * and the job's status at the Location.
 */
@Path("import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
public class ImportResource {

  @Inject ItemImport itemImport;
  @Inject DatasetImport datasetImport;
  @Inject DatasetImportJobs datasetJobs;
  @Inject ItemImportJobs jobs;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The counts of an accepted import. */
  public record Imported(String file, int created, int updated, int unchanged) {
    static Imported of(ImportSummary summary) {
      return new Imported(
          ExchangeFormat.ITEMS, summary.created(), summary.updated(), summary.unchanged());
    }
  }

  /** An items-import job as the API shows it. */
  public record Job(
      long id,
      String status,
      String exitStatus,
      String startedBy,
      Instant createdAt,
      Instant endedAt,
      long rows,
      long loaded,
      int percent,
      long created,
      long updated,
      long unchanged,
      long errorCount,
      List<ApiErrors.FileError> errors) {

    static Job of(ImportJobStatus s, Locale locale) {
      return new Job(
          s.id(),
          s.status(),
          s.exitStatus(),
          s.startedBy(),
          s.createdAt(),
          s.endedAt(),
          s.rows(),
          s.loaded(),
          s.percent(),
          s.created(),
          s.updated(),
          s.unchanged(),
          s.errorCount(),
          ApiErrors.fileErrors(s.errors(), locale));
    }
  }

  @POST
  @Path("items")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Response importItems(InputStream body) {
    try (Reader in = new InputStreamReader(body, StandardCharsets.UTF_8)) {
      ImportResult result = itemImport.importCsv(in);
      if (!result.accepted()) {
        return ApiErrors.invalidFile(result.errors(), result.errorCount(), locale());
      }
      return Response.ok(Imported.of(result.summary())).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines imported from each file of an accepted dataset. */
  public record DatasetImported(Map<String, Integer> lines) {}

  /**
   * Imports a dataset zip (a folder of exchange-format files) in one transaction: 200 with the
   * lines of each file, or 422 with every error of every file and nothing written.
   */
  @POST
  @Path("dataset")
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  public Response importDataset(InputStream body) {
    return datasetResponse(datasetImport.importZip(body, phase -> {}));
  }

  /**
   * Imports one file of the exchange format other than items (bom, routings, stock, ...) in one
   * transaction, with the same answers as a dataset.
   */
  @POST
  @Path("{file}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Response importFile(@PathParam("file") String file, InputStream body) throws IOException {
    String name = file + ".csv";
    if (!ExchangeFormat.known(name)) {
      throw new NotFoundException(
          ApiErrors.problem(
              Response.Status.NOT_FOUND,
              "no file "
                  + file
                  + "; the files are "
                  + ExchangeFormat.names().stream().map(ExchangeFormat::shortName).toList()));
    }
    return datasetResponse(
        datasetImport.importFile(name, new InputStreamReader(body, StandardCharsets.UTF_8)));
  }

  private Response datasetResponse(DatasetResult result) {
    if (!result.accepted()) {
      return ApiErrors.invalidFile(result.errors(), result.errorCount(), locale());
    }
    return Response.ok(new DatasetImported(result.lines())).build();
  }

  /** A dataset-import job as the API shows it. */
  public record DatasetJob(
      long id,
      String status,
      String exitStatus,
      String startedBy,
      Instant createdAt,
      Instant endedAt,
      int percent,
      Map<String, Integer> lines,
      long errorCount,
      List<ApiErrors.FileError> errors) {

    static DatasetJob of(DatasetJobStatus s, Locale locale) {
      DatasetResult result = s.result();
      return new DatasetJob(
          s.id(),
          s.status(),
          s.exitStatus(),
          s.startedBy(),
          s.createdAt(),
          s.endedAt(),
          s.percent(),
          result == null ? Map.of() : result.lines(),
          result == null ? 0 : result.errorCount(),
          result == null ? List.of() : ApiErrors.fileErrors(result.errors(), locale));
    }
  }

  /** Hands a large dataset zip to the dataset-import batch job: 202, and its status at Location. */
  @POST
  @Path("dataset/jobs")
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  public Response startDatasetJob(InputStream body) {
    long id = datasetJobs.start(body);
    return Response.accepted(datasetJob(id))
        .location(uri.getBaseUriBuilder().path("import/dataset/jobs/{id}").build(id))
        .build();
  }

  @GET
  @Path("dataset/jobs/{id}")
  public DatasetJob datasetJob(@PathParam("id") long id) {
    return datasetJobs
        .status(id)
        .map(status -> DatasetJob.of(status, locale()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    ApiErrors.problem(Response.Status.NOT_FOUND, "no dataset import job " + id)));
  }

  @POST
  @Path("items/jobs")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Response startItemsJob(InputStream body) {
    long id = jobs.start(body);
    return Response.accepted(job(id))
        .location(uri.getBaseUriBuilder().path("import/jobs/{id}").build(id))
        .build();
  }

  @GET
  @Path("jobs/{id}")
  public Job job(@PathParam("id") long id) {
    return jobs.status(id)
        .map(status -> Job.of(status, locale()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    ApiErrors.problem(Response.Status.NOT_FOUND, "no import job " + id)));
  }

  @POST
  @Path("jobs/{id}/restart")
  public Response restart(@PathParam("id") long id) {
    job(id);
    long restarted = jobs.restart(id);
    return Response.accepted(job(restarted))
        .location(uri.getBaseUriBuilder().path("import/jobs/{id}").build(restarted))
        .build();
  }

  @POST
  @Path("jobs/{id}/stop")
  public Response stop(@PathParam("id") long id) {
    job(id);
    jobs.stop(id);
    return Response.accepted(job(id)).build();
  }

  private Locale locale() {
    return ApiErrors.locale(headers);
  }
}
