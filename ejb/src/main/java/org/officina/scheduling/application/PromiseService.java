package org.officina.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.officina.engineering.application.RoutingService;
import org.officina.engineering.model.RoutingOperation;
import org.officina.scheduling.model.Availability;
import org.officina.scheduling.model.CapableToPromise;
import org.officina.scheduling.model.Cause;
import org.officina.scheduling.model.FloorOperation;
import org.officina.scheduling.model.FloorProblem;
import org.officina.scheduling.model.Job;
import org.officina.scheduling.model.OperationLock;
import org.officina.scheduling.model.Placement;
import org.officina.scheduling.model.Reschedule;
import org.officina.scheduling.model.Schedule;
import org.officina.scheduling.model.ScheduleBuilder;
import org.officina.scheduling.model.ScheduleResult;
import org.officina.scheduling.model.ScheduleRunRecord;
import org.officina.scheduling.model.ScheduleRunRequest;
import org.officina.scheduling.model.ScheduleRuns;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Capable to promise: when a new or hypothetical order of an item could be done, from the live
 * schedule (the published run's sequence, on the floor as it is now), without moving anything in
 * it: the item's routing for the quantity, in the earliest gaps of its work centers.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class PromiseService {

  /** The order a promise is made for, as the schedule names it. */
  static final String HYPOTHETICAL = "(promise)";

  @Inject RoutingService routings;
  @Inject FloorReader reader;
  @Inject ScheduleRuns runs;

  /**
   * What can be promised: when the order would end (null: not within the horizon), what sets that
   * end (kind, subject, until when) and where each operation would go.
   */
  public record Promise(
      Instant origin,
      Instant end,
      Cause.Kind reason,
      String reasonSubject,
      Instant reasonUntil,
      List<ScheduleResult.OperationRow> operations) {}

  public Outcome<Promise> promise(String item, BigDecimal qty, int priority) {
    if (qty == null || qty.signum() <= 0 || qty.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
      return Outcome.invalid(List.of(Violation.of("qty", "schedule.promise.qty")));
    }
    if (priority < 1 || priority > 9) {
      return Outcome.invalid(List.of(Violation.of("priority", "schedule.promise.priority")));
    }
    List<RoutingOperation> routing =
        routings.routing(item).map(r -> r.operations()).orElse(List.of());
    if (routing.isEmpty()) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, Violation.of("item", "schedule.promise.noRouting", item));
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Optional<ScheduleRunRecord> live = reader.live();
    ScheduleRunRequest request = FloorReader.settingsOf(live);
    // the plant, the floor and the locks read once for the floor as it is and with the order
    FloorReader.Plant plant = reader.plant();
    List<FloorOperation> open = reader.open();
    List<OperationLock> locks = reader.locks();
    FloorProblem current = plant.problem(open, locks, now, request);
    List<FloorOperation> withNew = new ArrayList<>(open);
    for (RoutingOperation operation : routing) {
      withNew.add(row(operation, qty, priority, now));
    }
    FloorProblem extended = plant.problem(withNew, locks, now, request);
    Schedule schedule =
        ScheduleBuilder.build(
            current.problem(),
            Reschedule.order(current, live.map(run -> runs.sequence(run.id())).orElse(List.of())));
    int job = extended.problem().jobs().size() - 1;
    CapableToPromise.Promise promise =
        CapableToPromise.of(
            schedule, extended.problem().jobs().get(job), extended.problem().resources());
    Job order = extended.problem().jobs().get(job);
    List<ScheduleResult.OperationRow> placed = new ArrayList<>();
    for (Placement at : promise.operations()) {
      boolean scheduled = at.scheduled();
      placed.add(
          new ScheduleResult.OperationRow(
              HYPOTHETICAL,
              order.operations().get(at.index()).seq(),
              scheduled ? at.workCenter() : null,
              scheduled ? at.unit() : null,
              scheduled ? at.start() : null,
              scheduled ? at.setupEnd() : null,
              scheduled ? at.end() : null,
              at.setup(),
              null));
    }
    Cause reason = promise.reason();
    return new Outcome.Done<>(
        new Promise(
            now,
            promise.end() == Availability.NEVER ? null : at(now, promise.end()),
            reason.kind(),
            reason.subject(),
            reason.kind() == Cause.Kind.WORK ? null : at(now, reason.at()),
            placed));
  }

  private static Instant at(Instant origin, long minute) {
    return origin.plusSeconds(60 * minute);
  }

  /** An operation of the item's routing as an operation of the hypothetical order. */
  private static FloorOperation row(
      RoutingOperation operation, BigDecimal qty, int priority, Instant now) {
    return new FloorOperation(
        HYPOTHETICAL,
        "PLANNED",
        qty,
        LocalDate.ofInstant(now, ZoneId.systemDefault()),
        LocalDate.ofInstant(now, ZoneId.systemDefault()).plusYears(10),
        priority,
        operation.seq(),
        operation.parentSeq(),
        operation.workCenter(),
        operation.setupMinutes(),
        operation.runMinutes(),
        operation.fixedMinutes(),
        operation.queueMinutes(),
        operation.moveMinutes(),
        operation.overlapPct(),
        operation.subcontractor(),
        operation.tooling(),
        "WAITING",
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        operation.setupFamily(),
        operation.alternateWorkCenters());
  }
}
