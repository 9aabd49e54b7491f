package org.officina.scheduling.batch;

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
import java.util.logging.Logger;
import org.officina.scheduling.application.ScheduleRunService;
import org.officina.scheduling.model.ScheduleRunRequest;
import org.officina.scheduling.model.SchedulingProblem;
import org.officina.shared.batch.NightlyTimers;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;

/**
 * The nightly scheduling run: at the time of day in the system property officina.schedule.nightly
 * (set by config/wildfly from schedule.nightly; "off" turns it off), the floor is scheduled over
 * the default horizon with two minutes of search, into a draft the planners compare with the live
 * schedule and publish in the morning. Every server of a cluster wakes at that time; the first to
 * claim the day starts the run, the others leave it; a planner's run under way at that moment makes
 * it refused and logged (one run at a time).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.ADMIN)
public class ScheduleNightlyRun {

  static final String SWITCH = "officina.schedule.nightly";
  static final int HORIZON_DAYS = 60;
  static final int SECONDS = 120;
  private static final Logger LOG = Logger.getLogger(ScheduleNightlyRun.class.getName());

  @Resource TimerService timers;
  @Inject ScheduleJobs jobs;
  @Inject ScheduleRunService runs;

  @PostConstruct
  void schedule() {
    NightlyTimers.create(timers, SWITCH, "nightly scheduling run", LOG);
  }

  @Timeout
  void run() {
    LocalDate today = LocalDate.now();
    if (!runs.claimNightly(today)) {
      LOG.info(() -> "nightly scheduling run of " + today + " was claimed by another server");
      return;
    }
    Outcome<Long> started =
        jobs.start(
            new ScheduleRunRequest(
                HORIZON_DAYS,
                SECONDS,
                1,
                SchedulingProblem.Mode.FORWARD,
                ScheduleRunRequest.DEFAULT_OBJECTIVES));
    if (started instanceof Outcome.Done<Long> done) {
      LOG.info(() -> "nightly scheduling run " + done.value());
    } else {
      LOG.warning(() -> "nightly scheduling run not started: " + started);
    }
  }
}
