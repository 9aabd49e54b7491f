package org.officina.execution.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a dispatch list: the operations of released and running orders at the chosen work centers,
 * not yet done, in the order the floor should take them: those the published schedule holds by
 * their scheduled start (then unit), first; the others (an order released after it was published)
 * by the order's priority, then its start and due dates and number, then the operation's sequence.
 * Sub-operations have no neighbours of their own: theirs are their operation's.
 */
public final class DispatchList {

  private static final Comparator<DispatchLine> UNSCHEDULED =
      Comparator.comparingInt(DispatchLine::priority)
          .thenComparing(DispatchLine::startDate)
          .thenComparing(DispatchLine::dueDate)
          .thenComparing(DispatchLine::order)
          .thenComparingInt(l -> l.operation().seq());

  private static final Comparator<DispatchLine> SEQUENCE =
      Comparator.comparing((DispatchLine l) -> l.scheduled() == null)
          .thenComparing(
              l -> l.scheduled() == null ? null : l.scheduled().start(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(
              l -> l.scheduled() == null ? null : l.scheduled().unit(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(UNSCHEDULED);

  private DispatchList() {}

  /** An order with everything the list may show of it. */
  public record OrderData(
      ProductionOrder order,
      String itemDescription,
      List<OrderOperation> operations,
      List<OrderMaterial> materials,
      List<Long> documents) {}

  /** The list without a published schedule. */
  public static List<DispatchLine> of(List<OrderData> orders, Set<String> workCenters) {
    return of(orders, workCenters, Map.of());
  }

  /** The list, following the published schedule's slots (by {@link PublishedSchedule#key}). */
  public static List<DispatchLine> of(
      List<OrderData> orders, Set<String> workCenters, Map<String, ScheduledSlot> slots) {
    List<DispatchLine> lines = new ArrayList<>();
    for (OrderData data : orders) {
      if (!data.order().status().acceptsWork()) {
        continue;
      }
      List<OrderOperation> main =
          data.operations().stream().filter(o -> !o.subOperation()).toList();
      for (OrderOperation operation : data.operations()) {
        if (workCenters.contains(workCenterOf(data.order().number(), operation, slots))
            && operation.progress().status() != OperationStatus.DONE) {
          lines.add(line(data, operation, main, slots));
        }
      }
    }
    lines.sort(SEQUENCE);
    return lines;
  }

  /**
   * The work center an operation runs at: the alternate the published schedule placed it on, or its
   * own.
   */
  public static String workCenterOf(
      String order, OrderOperation operation, Map<String, ScheduledSlot> slots) {
    ScheduledSlot slot = slots.get(PublishedSchedule.key(order, operation.seq()));
    return slot != null && operation.alternateWorkCenters().contains(slot.workCenter())
        ? slot.workCenter()
        : operation.workCenter();
  }

  private static DispatchLine line(
      OrderData data,
      OrderOperation operation,
      List<OrderOperation> main,
      Map<String, ScheduledSlot> slots) {
    int anchor = operation.subOperation() ? operation.parentSeq() : operation.seq();
    DispatchLine.Neighbour previous = null;
    DispatchLine.Neighbour next = null;
    for (OrderOperation o : main) {
      if (o.seq() < anchor) {
        previous = DispatchLine.Neighbour.of(o);
      } else if (o.seq() > anchor && next == null) {
        next = DispatchLine.Neighbour.of(o);
      }
    }
    ProductionOrder order = data.order();
    return new DispatchLine(
        order.number(),
        order.item(),
        data.itemDescription(),
        order.qty(),
        order.status(),
        order.priority(),
        order.startDate(),
        order.dueDate(),
        operation,
        previous,
        next,
        data.materials().stream().filter(m -> m.operationSeq() == operation.seq()).toList(),
        data.documents(),
        slots.get(PublishedSchedule.key(order.number(), anchor)));
  }

  /** Which work centers a department has. */
  public static Set<String> workCentersOf(String department, Map<String, String> departmentOf) {
    Set<String> centers = new java.util.HashSet<>();
    departmentOf.forEach(
        (center, dept) -> {
          if (dept.equals(department)) {
            centers.add(center);
          }
        });
    return centers;
  }
}
