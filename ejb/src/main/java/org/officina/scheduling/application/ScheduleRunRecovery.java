package org.officina.scheduling.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.officina.shared.model.Roles;

/**
 * At server start, the scheduling runs a stopped server left queued or running are failed (they
 * kept nothing) and the place of the running run is freed, so that a planner can ask again. One
 * server: a cluster will need to tell its members' runs apart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.PLANNER)
public class ScheduleRunRecovery {

  private static final Logger LOG = Logger.getLogger(ScheduleRunRecovery.class.getName());

  @Inject ScheduleRunSteps steps;

  @PostConstruct
  void recover() {
    int abandoned = steps.abandonUnfinished();
    if (abandoned > 0) {
      LOG.info(abandoned + " scheduling runs left unfinished by the last stop are failed");
    }
  }
}
