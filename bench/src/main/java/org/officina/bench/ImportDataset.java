package org.officina.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Imports a dataset folder into a running Officina through POST /api/v1/import/dataset and prints
 * how long the server took, with the lines of each file. Usage: ImportDataset DIR [URL] (user and
 * password from OFFICINA_USER and OFFICINA_PASSWORD, by default the demo's planner).
 */
public class ImportDataset {

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: bench/import-dataset DIR [http://localhost:8080/officina]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    String base = args.length > 1 ? args[1] : "http://localhost:8080/officina";
    byte[] zip = zip(dir);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/import/dataset"))
            .header("Content-Type", "application/zip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(zip));
    long start = System.nanoTime();
    HttpResponse<String> response = OfficinaRest.fromEnvironment().send(request);
    double seconds = (System.nanoTime() - start) / 1e9;
    String body = response.body();
    System.out.printf(
        "import-dataset: %s (%d KB zipped): HTTP %d in %.1f s%n%s%n",
        dir,
        zip.length / 1024,
        response.statusCode(),
        seconds,
        body.length() > 2000 ? body.substring(0, 2000) : body);
    System.exit(response.statusCode() == 200 ? 0 : 1);
  }

  /** The folder's CSV files as one zip, as the import takes a dataset. */
  static byte[] zip(Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> files = Files.list(dir)) {
      List<Path> csv = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
      for (Path file : csv) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        Files.copy(file, zip);
      }
    }
    return bytes.toByteArray();
  }
}
