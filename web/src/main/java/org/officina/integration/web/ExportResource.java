package org.officina.integration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    StreamingOutput body =
        out -> {
          try {
            Files.copy(file, out);
          } finally {
            Files.deleteIfExists(file);
          }
        };
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"items.csv\"")
        .build();
  }
}
