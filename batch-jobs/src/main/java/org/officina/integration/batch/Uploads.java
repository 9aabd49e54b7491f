package org.officina.integration.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Uploads kept in the server's data directory for the jobs that import them. */
final class Uploads {

  private Uploads() {}

  /** Stores an upload under a fresh name with this prefix and suffix; returns where it is. */
  static Path store(InputStream upload, String prefix, String suffix) {
    try {
      Path dir = Path.of(System.getProperty("jboss.server.data.dir", "."), "officina", "imports");
      Files.createDirectories(dir);
      Path file = dir.resolve(prefix + UUID.randomUUID() + suffix);
      Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the upload", e);
    }
  }
}
