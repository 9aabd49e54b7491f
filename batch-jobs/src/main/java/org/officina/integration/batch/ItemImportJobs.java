package org.officina.integration.batch;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.officina.integration.model.CheckedItemFile;
import org.officina.integration.model.ItemFileFormat;
import org.officina.shared.model.Roles;

/**
 * Starts and follows items-import jobs for the portal and the REST API. The uploaded file is kept
 * in the server's data directory until the job completes, so that a failed or stopped job can be
 * restarted where it stopped.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
public class ItemImportJobs {

  public static final String JOB = "items-import";
  private static final String FILE = "file";
  private static final String USER = "user";

  @Resource SessionContext session;
  @Inject ItemFileFormat itemFiles;

  public long start(InputStream upload) {
    Path file = ImportJobs.store(upload, "items-", ".csv");
    Properties parameters = new Properties();
    parameters.setProperty(FILE, file.toString());
    parameters.setProperty(USER, session.getCallerPrincipal().getName());
    return operator().start(JOB, parameters);
  }

  public long restart(long id) {
    return operator().restart(id, new Properties());
  }

  public void stop(long id) {
    operator().stop(id);
  }

  public Optional<ImportJobStatus> status(long id) {
    JobOperator operator = operator();
    Optional<JobExecution> found = ImportJobs.execution(operator, id, JOB);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JobExecution execution = found.get();
    List<StepExecution> steps = stepsOfEveryRun(operator, execution);
    ImportProgress check = progressOf(steps, "check");
    ImportProgress load = progressOf(steps, "load");
    boolean refused = ItemsFileCheckBatchlet.INVALID.equals(execution.getExitStatus());
    CheckedItemFile errors = refused ? recheck(execution) : null;
    if ("COMPLETED".equals(execution.getBatchStatus().name())) {
      deleteQuietly(execution);
    }
    return Optional.of(
        new ImportJobStatus(
            id,
            execution.getBatchStatus().name(),
            execution.getExitStatus(),
            execution.getJobParameters().getProperty(USER, ""),
            execution.getCreateTime().toInstant(),
            execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
            check.rows(),
            load.loaded(),
            load.created(),
            load.updated(),
            load.unchanged(),
            errors == null ? check.errors() : errors.errorCount(),
            errors == null ? List.of() : errors.errors()));
  }

  /**
   * A restarted job is a new execution that runs only the steps left to do: the file's row count
   * lives in the check step of the first run, so the steps of every run of the job instance are
   * read, oldest first.
   */
  private static List<StepExecution> stepsOfEveryRun(JobOperator operator, JobExecution execution) {
    var instance = operator.getJobInstance(execution.getExecutionId());
    return operator.getJobExecutions(instance).stream()
        .filter(run -> run.getExecutionId() <= execution.getExecutionId())
        .sorted(Comparator.comparingLong(JobExecution::getExecutionId))
        .flatMap(run -> operator.getStepExecutions(run.getExecutionId()).stream())
        .toList();
  }

  private static ImportProgress progressOf(List<StepExecution> steps, String name) {
    return steps.stream()
        .filter(s -> s.getStepName().equals(name))
        .map(StepExecution::getPersistentUserData)
        .filter(ImportProgress.class::isInstance)
        .map(ImportProgress.class::cast)
        .reduce((first, last) -> last)
        .orElse(new ImportProgress(0, 0));
  }

  /**
   * The errors of a refused file are not stored: the kept file is checked again, with the same
   * result.
   */
  private CheckedItemFile recheck(JobExecution execution) {
    try (Reader in = Files.newBufferedReader(Path.of(fileOf(execution)), StandardCharsets.UTF_8)) {
      return itemFiles.check(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fileOf(JobExecution execution) {
    return execution.getJobParameters().getProperty(FILE);
  }

  private static void deleteQuietly(JobExecution execution) {
    try {
      Files.deleteIfExists(Path.of(fileOf(execution)));
    } catch (IOException e) {
      // a leftover upload wastes disk, nothing more; the next completed status call tries again
    }
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
