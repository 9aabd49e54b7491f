package org.officina.scheduling.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Properties;
import org.officina.scheduling.application.ScheduleRunService;
import org.officina.scheduling.model.ScheduleRunRequest;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;

/** Starts scheduling runs: the run is recorded first, then the schedule job is started for it. */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
public class ScheduleJobs {

  public static final String JOB = "schedule";

  @Inject ScheduleRunService runs;

  public Outcome<Long> start(ScheduleRunRequest request) {
    Outcome<Long> recorded = runs.request(request);
    if (recorded instanceof Outcome.Done<Long> done) {
      Properties parameters = new Properties();
      parameters.setProperty("run", Long.toString(done.value()));
      BatchRuntime.getJobOperator().start(JOB, parameters);
    }
    return recorded;
  }
}
