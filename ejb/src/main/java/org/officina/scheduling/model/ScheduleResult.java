package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A run's schedule as it is kept: each operation's place and times (minutes from the run's origin,
 * null when it was not placed) and each order's end, lateness and reason.
 */
public record ScheduleResult(
    ScheduleKpis kpis, List<OperationRow> operations, List<OrderRow> orders) {

  public ScheduleResult {
    operations = List.copyOf(operations);
    orders = List.copyOf(orders);
  }

  /** Where and when an operation runs; fixed is FROZEN, LOCKED or null. */
  public record OperationRow(
      String order,
      int seq,
      String workCenter,
      Integer unit,
      Long start,
      Long setupEnd,
      Long end,
      long setupMinutes,
      String fixed) {}

  /** When an order ends (null: not all placed), its due minute, how late, and why. */
  public record OrderRow(
      String order,
      Long end,
      long due,
      long tardinessMinutes,
      Cause.Kind reason,
      String reasonSubject,
      Long reasonMinute) {}

  public static ScheduleResult of(FloorProblem floor, Schedule schedule) {
    List<OperationRow> operations = new ArrayList<>();
    List<OrderRow> orders = new ArrayList<>();
    SchedulingProblem problem = schedule.problem();
    for (int job = 0; job < problem.jobs().size(); job++) {
      Job order = problem.jobs().get(job);
      String number = floor.order(job);
      for (int index = 0; index < order.operations().size(); index++) {
        Placement placement = schedule.placement(job, index);
        Operation operation = order.operations().get(index);
        boolean placed = placement.scheduled();
        operations.add(
            new OperationRow(
                number,
                operation.seq(),
                placed ? placement.workCenter() : null,
                placed ? placement.unit() : null,
                placed ? placement.start() : null,
                placed ? placement.setupEnd() : null,
                placed ? placement.end() : null,
                placement.setup(),
                operation.isFixed() ? operation.fixed().kind().name() : null));
      }
      long end = schedule.end(job);
      long tardiness = schedule.tardiness(job);
      Cause reason = schedule.reason(job);
      boolean explained = tardiness > 0 || end == Availability.NEVER;
      orders.add(
          new OrderRow(
              number,
              end == Availability.NEVER ? null : end,
              order.due(),
              tardiness,
              explained ? reason.kind() : null,
              explained ? reason.subject() : null,
              explained && reason.kind() != Cause.Kind.WORK ? reason.at() : null));
    }
    return new ScheduleResult(ScheduleKpis.of(schedule), operations, orders);
  }
}
