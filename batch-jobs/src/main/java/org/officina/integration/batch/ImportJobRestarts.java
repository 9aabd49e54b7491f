package org.officina.integration.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.officina.shared.model.Roles;

/**
 * Restarts the import jobs a crashed server left STARTED. Called as an administrator, so that the
 * restarted jobs, which run as the one who restarts them, may write what they import.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ImportJobRestarts {

  private static final Logger LOG = Logger.getLogger(ImportJobRestarts.class.getName());

  /** Restarts each, and says what became of it. */
  public List<String> restartLeft() {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<String> done = new ArrayList<>();
    for (String job : List.of(ItemImportJobs.JOB, DatasetImportJobs.JOB)) {
      for (long execution : left(operator, job)) {
        try {
          long again = operator.restart(execution, null);
          done.add(job + " execution " + execution + " restarted as " + again);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, job + " execution " + execution + " could not be restarted", e);
          done.add(job + " execution " + execution + " could not be restarted");
        }
      }
    }
    return done;
  }

  private static List<Long> left(JobOperator operator, String job) {
    try {
      return operator.getRunningExecutions(job);
    } catch (NoSuchJobException | JobSecurityException e) {
      return List.of();
    }
  }
}
