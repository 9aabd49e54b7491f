package org.officina.integration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.officina.integration.application.DatasetExport;
import org.officina.integration.application.ItemExport;

/**
 * Exports in the exchange format: GET /export/items gives items.csv, every item, sorted by code.
 * The file is written while the caller's identity is in force (it is gone once the response
 * streams) to a temporary file, which is then streamed and deleted, so a large catalogue takes
 * little memory.
 */
@Path("export")
@RequestScoped
public class ExportResource {

  @Inject ItemExport export;
  @Inject DatasetExport datasetExport;

  /** Every file of the exchange format, in a zip: what POST /import/dataset takes. */
  @GET
  @Path("dataset")
  @Produces("application/zip")
  public Response dataset() throws IOException {
    java.nio.file.Path file = Files.createTempFile("officina-dataset-", ".zip");
    try (OutputStream out = Files.newOutputStream(file)) {
      datasetExport.writeZip(out);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return Response.ok(streaming(file))
        .header("Content-Disposition", "attachment; filename=\"officina-dataset.zip\"")
        .build();
  }

  private static StreamingOutput streaming(java.nio.file.Path file) {
    return out -> {
      try {
        Files.copy(file, out);
      } finally {
        Files.deleteIfExists(file);
      }
    };
  }

  @GET
  @Path("items")
  @Produces("text/csv")
  public Response items() throws IOException {
    java.nio.file.Path file = Files.createTempFile("officina-items-", ".csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      export.writeItems(out);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return Response.ok(streaming(file))
        .header("Content-Disposition", "attachment; filename=\"items.csv\"")
        .build();
  }
}
