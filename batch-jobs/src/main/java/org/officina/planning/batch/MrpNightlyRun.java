package org.officina.planning.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.application.MrpStart;
import org.officina.planning.model.MrpMode;
import org.officina.planning.model.MrpOptions;
import org.officina.planning.model.MrpRunRequest;
import org.officina.shared.batch.NightlyTimers;
import org.officina.shared.model.Roles;

/**
 * The nightly regeneration: at the time of day in the system property officina.mrp.nightly (set by
 * config/wildfly from mrp.nightly; "off" turns it off), a regenerative run of a year for every
 * plant, from that day. A plant that is being planned at that moment is left to its run. Every
 * server of a cluster wakes at that time; the first to claim the day runs it, the others leave it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class MrpNightlyRun {

  static final String SWITCH = "officina.mrp.nightly";
  private static final int HORIZON_DAYS = 365;
  private static final Logger LOG = Logger.getLogger(MrpNightlyRun.class.getName());

  @Resource TimerService timers;
  @Inject MrpRunJobs jobs;
  @Inject MrpRunService runs;

  @PostConstruct
  void schedule() {
    NightlyTimers.create(timers, SWITCH, "nightly MRP regeneration", LOG);
  }

  @Timeout
  void regenerate() {
    LocalDate today = LocalDate.now();
    if (!runs.claimNightly(today)) {
      LOG.info(() -> "nightly MRP of " + today + " was claimed by another server");
      return;
    }
    for (String plant : runs.plants()) {
      MrpStart start =
          jobs.start(
              new MrpRunRequest(
                  plant,
                  today,
                  HORIZON_DAYS,
                  MrpMode.REGENERATIVE,
                  false,
                  null,
                  null,
                  Set.of(),
                  false,
                  MrpOptions.DEFAULT));
      if (start.isAccepted()) {
        LOG.info(() -> "nightly MRP of plant " + plant + ": run " + start.runId());
      } else {
        LOG.warning(
            () ->
                "nightly MRP of plant "
                    + plant
                    + " not started: "
                    + (start.running() != null
                        ? "run " + start.running().id() + " is planning it"
                        : start.violations()));
      }
    }
  }
}
