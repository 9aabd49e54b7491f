package org.officina.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Changeover;
import org.officina.resources.model.Tool;
import org.officina.resources.model.WorkCenter;
import org.officina.scheduling.model.FloorOperation;
import org.officina.scheduling.model.FloorOperations;
import org.officina.scheduling.model.FloorProblem;
import org.officina.scheduling.model.OperationLock;
import org.officina.scheduling.model.OperationLocks;
import org.officina.scheduling.model.ScheduleRunRecord;
import org.officina.scheduling.model.ScheduleRunRequest;
import org.officina.scheduling.model.ScheduleRuns;
import org.officina.scheduling.model.SchedulingProblem;
import org.officina.shared.model.Roles;

/**
 * What a floor problem is made of, read for runs, re-schedules, locks and promises alike: the
 * plant's work centers, calendars and tools, the operations still to do, the planners' locks, and
 * the published run with the settings it was made with.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class FloorReader {

  /** How far ahead the floor is read when nothing published says it. */
  private static final int DEFAULT_HORIZON_DAYS = 60;

  @Inject FloorOperations floor;
  @Inject PlantResourceService plant;
  @Inject OperationLocks locks;
  @Inject ScheduleRuns runs;

  /** The plant's master data a floor problem takes, read once for as many problems as needed. */
  public record Plant(
      List<WorkCenter> centers,
      List<CalendarDefinition> calendars,
      List<Tool> tools,
      List<Changeover> changeovers) {

    /** The floor with these operations and locks, from the origin, in the server's zone. */
    public FloorProblem problem(
        List<FloorOperation> rows,
        List<OperationLock> locks,
        Instant origin,
        ScheduleRunRequest request) {
      return FloorProblem.of(
          rows,
          centers,
          calendars,
          tools,
          changeovers,
          locks,
          origin,
          ZoneId.systemDefault(),
          request);
    }
  }

  public Plant plant() {
    return new Plant(plant.workCenters(), plant.calendars(), plant.tools(), plant.changeovers());
  }

  /**
   * The operations still to do; one the floor has begun on an alternate work center runs where the
   * published schedule placed it (nothing else records where it began), not on its own.
   */
  public List<FloorOperation> open() {
    List<FloorOperation> rows = floor.open();
    if (rows.stream().noneMatch(r -> r.started() && !r.alternateWorkCenters().isEmpty())) {
      return rows;
    }
    Map<String, String> placed = new HashMap<>();
    live()
        .ifPresent(
            run ->
                runs.sequence(run.id())
                    .forEach(op -> placed.put(op.order() + "/" + op.seq(), op.workCenter())));
    return rows.stream()
        .map(
            row -> {
              String at = placed.get(row.order() + "/" + row.seq());
              return row.started() && at != null && row.alternateWorkCenters().contains(at)
                  ? row.at(at)
                  : row;
            })
        .toList();
  }

  public List<OperationLock> locks() {
    return locks.all();
  }

  /** The published run, if any. */
  public Optional<ScheduleRunRecord> live() {
    return runs.live().flatMap(runs::find);
  }

  /** The settings of the published run, or the defaults when nothing is published. */
  public static ScheduleRunRequest settingsOf(Optional<ScheduleRunRecord> live) {
    return live.map(ScheduleRunRecord::request)
        .orElse(
            new ScheduleRunRequest(
                DEFAULT_HORIZON_DAYS,
                0,
                1,
                SchedulingProblem.Mode.FORWARD,
                ScheduleRunRequest.DEFAULT_OBJECTIVES));
  }
}
