package org.officina.scheduling.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.officina.scheduling.application.ScheduleRunner;

/** The schedule job's step: the run's schedule made and kept. */
@Named
@Dependent
public class ScheduleBatchlet extends AbstractBatchlet {

  @Inject @BatchProperty String run;
  @Inject ScheduleRunner runner;

  @Override
  public String process() {
    return runner.execute(Long.parseLong(run)).name();
  }
}
