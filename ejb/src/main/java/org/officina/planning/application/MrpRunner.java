package org.officina.planning.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.officina.planning.model.MrpProgress;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.MrpRunStatus;
import org.officina.planning.model.MrpStoppedException;
import org.officina.shared.model.Failures;
import org.officina.shared.model.Roles;

/**
 * Runs one MRP run for the mrp-run batch job: marks it running, plans and writes it in one
 * transaction, and records how it ended. Progress goes to {@link MrpRunProgress} as items are
 * planned. A run reads the plant's master data as the planning system, whoever started it: a job
 * started by the nightly timer or resubmitted at server start carries no caller into the batch
 * thread.
 */
@Stateless
@PermitAll
@RunAs(Roles.PLANNER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MrpRunner {

  private static final Logger LOG = Logger.getLogger(MrpRunner.class.getName());

  @Inject MrpRunSteps steps;
  @Inject MrpRunProgress progress;

  /**
   * @return how the run ended
   */
  public MrpRunStatus execute(long runId, long execution) {
    MrpRunRecord run = steps.begin(runId, execution);
    try {
      steps.planAndWrite(run, reporter(runId));
      return MrpRunStatus.COMPLETED;
    } catch (MrpStoppedException e) {
      steps.end(run, MrpRunStatus.STOPPED, e.getMessage());
      return MrpRunStatus.STOPPED;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "MRP run " + runId + " failed", e);
      steps.end(run, MrpRunStatus.FAILED, Failures.rootMessage(e));
      return MrpRunStatus.FAILED;
    } finally {
      progress.forget(runId);
    }
  }

  private MrpProgress reporter(long run) {
    return new MrpProgress() {
      @Override
      public void planned(int items, int total) {
        progress.planned(run, items, total);
      }

      @Override
      public boolean stopRequested() {
        return progress.stopRequested(run);
      }
    };
  }
}
