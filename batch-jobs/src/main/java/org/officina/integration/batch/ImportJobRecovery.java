package org.officina.integration.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.officina.shared.model.Roles;

/**
 * At server start, takes up the import jobs a crashed server left STARTED: nothing can be running
 * them in a server just started, so each is restarted, which marks it FAILED and runs it again from
 * its last checkpoint (items-import commits chunk by chunk; dataset-import, all or nothing, runs
 * again from the kept upload). One that cannot be restarted stays FAILED, and its job status says
 * so, rather than STARTED for ever. The restarts wait for the server to have started: a job started
 * while it boots (suspended) is stopped by it and restarted without its user's roles.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class ImportJobRecovery {

  private static final Logger LOG = Logger.getLogger(ImportJobRecovery.class.getName());

  @Resource TimerService timers;
  @Inject ImportJobRestarts restarts;

  @PostConstruct
  void afterStart() {
    timers.createSingleActionTimer(1000, new TimerConfig("import job recovery", false));
  }

  @Timeout
  void resume() {
    restarts
        .restartLeft()
        .forEach(what -> LOG.info(() -> what + ": it did not end before the server stopped"));
  }
}
