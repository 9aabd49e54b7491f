package org.officina.planning.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.officina.planning.application.MrpRunProgress;
import org.officina.planning.application.MrpRunner;

/** The mrp-run job's step: the run planned and written; stopping it asks the engine to stop. */
@Named
@Dependent
public class MrpRunBatchlet extends AbstractBatchlet {

  @Inject @BatchProperty String run;
  @Inject JobContext job;
  @Inject MrpRunner runner;
  @Inject MrpRunProgress progress;

  @Override
  public String process() {
    return runner.execute(Long.parseLong(run), job.getExecutionId()).name();
  }

  @Override
  public void stop() {
    progress.requestStop(Long.parseLong(run));
  }
}
