package org.officina.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.officina.resources.application.PlantResourceService;
import org.officina.scheduling.model.FloorOperations;
import org.officina.scheduling.model.FloorProblem;
import org.officina.scheduling.model.ScheduleResult;
import org.officina.scheduling.model.ScheduleRunRecord;
import org.officina.scheduling.model.ScheduleRuns;
import org.officina.shared.model.Roles;

/**
 * The transactions of a scheduling run, each its own: marking it running, reading the floor and the
 * plant's work centers, calendars and tools as they are now, keeping its schedule, or its failure.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleRunSteps {

  @Inject ScheduleRuns runs;
  @Inject FloorOperations floor;
  @Inject PlantResourceService plant;

  public ScheduleRunRecord begin(long run) {
    runs.begin(run);
    return runs.find(run).orElseThrow(() -> new IllegalStateException("no scheduling run " + run));
  }

  /** The floor from the run's origin, in the server's zone (where due dates end). */
  public FloorProblem load(ScheduleRunRecord run) {
    return FloorProblem.of(
        floor.open(),
        plant.workCenters(),
        plant.calendars(),
        plant.tools(),
        run.origin(),
        ZoneId.systemDefault(),
        run.request());
  }

  public void finish(long run, ScheduleResult result, String searches) {
    runs.finish(run, result, searches);
  }

  public void fail(long run, String failure) {
    runs.fail(run, failure);
  }
}
