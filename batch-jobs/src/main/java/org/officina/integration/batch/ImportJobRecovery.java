package org.officina.integration.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.officina.shared.model.Roles;

/**
 * At server start, takes up the import jobs a crashed server left STARTED: nothing can be running
 * them in a server just started, so each is restarted, which marks it FAILED and runs it again from
 * its last checkpoint (items-import commits chunk by chunk; dataset-import, all or nothing, runs
 * again from the kept upload). One that cannot be restarted stays FAILED, and its job status says
 * so, rather than STARTED for ever.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class ImportJobRecovery {

  private static final Logger LOG = Logger.getLogger(ImportJobRecovery.class.getName());

  @PostConstruct
  void resume() {
    JobOperator operator = BatchRuntime.getJobOperator();
    for (String job : List.of(ItemImportJobs.JOB, DatasetImportJobs.JOB)) {
      for (long execution : left(operator, job)) {
        try {
          long again = operator.restart(execution, null);
          LOG.info(
              () ->
                  job
                      + " execution "
                      + execution
                      + " did not end before the server stopped: restarted as "
                      + again);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, job + " execution " + execution + " could not be restarted", e);
        }
      }
    }
  }

  private static List<Long> left(JobOperator operator, String job) {
    try {
      return operator.getRunningExecutions(job);
    } catch (NoSuchJobException | JobSecurityException e) {
      return List.of();
    }
  }
}
