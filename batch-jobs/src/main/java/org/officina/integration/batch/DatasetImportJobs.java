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
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import org.officina.integration.application.DatasetImport;
import org.officina.integration.application.DatasetResult;
import org.officina.shared.model.Roles;

/**
 * Starts and follows dataset-import jobs for the portal and the REST API. The uploaded zip is kept
 * in the server's data directory until the job has imported it, so a failed job can be restarted.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
public class DatasetImportJobs {

  public static final String JOB = "dataset-import";
  private static final String FILE = "file";
  private static final String USER = "user";

  @Resource SessionContext session;
  @Inject DatasetImportProgress progress;

  public long start(InputStream zip) {
    Properties parameters = new Properties();
    parameters.setProperty(FILE, ImportJobs.store(zip, "dataset-", ".zip").toString());
    parameters.setProperty(USER, session.getCallerPrincipal().getName());
    return BatchRuntime.getJobOperator().start(JOB, parameters);
  }

  public Optional<DatasetJobStatus> status(long id) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Optional<JobExecution> found = ImportJobs.execution(operator, id, JOB);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JobExecution execution = found.get();
    DatasetResult result =
        operator.getStepExecutions(id).stream()
            .map(StepExecution::getPersistentUserData)
            .filter(DatasetResult.class::isInstance)
            .map(DatasetResult.class::cast)
            .findFirst()
            .orElse(null);
    return Optional.of(
        new DatasetJobStatus(
            id,
            execution.getBatchStatus().name(),
            execution.getExitStatus(),
            execution.getJobParameters().getProperty(USER, ""),
            execution.getCreateTime().toInstant(),
            execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
            progress.phasesDone(id),
            DatasetImport.PHASES.size(),
            result));
  }
}
