package org.officina.integration.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * What the import jobs share: uploads kept in the server's data directory until imported, and
 * finding one of their executions.
 */
final class ImportJobs {

  private ImportJobs() {}

  /** The execution with this id, if it is one of the given job's. */
  static Optional<JobExecution> execution(JobOperator operator, long id, String job) {
    try {
      JobExecution execution = operator.getJobExecution(id);
      return job.equals(execution.getJobName()) ? Optional.of(execution) : Optional.empty();
    } catch (NoSuchJobExecutionException e) {
      return Optional.empty();
    }
  }

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
