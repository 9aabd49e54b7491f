package org.officina.planning.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Properties;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.application.MrpStart;
import org.officina.planning.model.MrpRunRequest;
import org.officina.shared.model.Roles;

/**
 * Starts MRP runs for the portal, the REST API and the nightly schedule: the run is recorded and
 * its plant taken first (a second start for the plant is refused there), then the mrp-run job is
 * started for it.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
public class MrpRunJobs {

  public static final String JOB = "mrp-run";
  static final String RUN = "run";

  @Inject MrpRunService runs;

  public MrpStart start(MrpRunRequest request) {
    MrpStart start = runs.request(request);
    if (start.isAccepted()) {
      submit(start.runId());
    }
    return start;
  }

  /** Starts the job for a recorded run. */
  static void submit(long run) {
    Properties parameters = new Properties();
    parameters.setProperty(RUN, Long.toString(run));
    BatchRuntime.getJobOperator().start(JOB, parameters);
  }
}
