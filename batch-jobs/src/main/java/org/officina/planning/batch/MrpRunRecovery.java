package org.officina.planning.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.officina.planning.application.MrpRunRecovering;
import org.officina.shared.model.Roles;

/**
 * At server start, runs again the MRP runs that a stopped or crashed server left queued or running:
 * their results were never committed, so running them again gives the one result they should have
 * had.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class MrpRunRecovery {

  private static final Logger LOG = Logger.getLogger(MrpRunRecovery.class.getName());

  @Inject MrpRunRecovering recovering;

  @PostConstruct
  void resume() {
    for (long run : recovering.unfinished()) {
      LOG.info(() -> "MRP run " + run + " did not end before the server stopped: running it again");
      MrpRunJobs.submit(run);
    }
  }
}
