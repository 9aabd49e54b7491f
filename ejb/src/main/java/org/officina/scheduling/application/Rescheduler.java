package org.officina.scheduling.application;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.officina.shared.model.Roles;

/**
 * Keeps the published schedule up to date with the floor: every quarter of a minute, if anything
 * happened on the floor since the last look, the published run is re-scheduled in its own sequence
 * and the result published. A burst of declarations makes one re-schedule, not one each.
 */
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Roles.PLANNER)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Rescheduler {

  @Inject ScheduleRunner runner;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  void look() {
    runner.rescheduleIfChanged();
  }
}
