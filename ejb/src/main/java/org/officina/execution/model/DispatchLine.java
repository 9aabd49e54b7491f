package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of a dispatch list (lista di lavoro): an operation of a released order waiting or under
 * way at a work center, with what the floor needs to do it: the order's item, quantity, dates and
 * priority; the operation with its planned times and tooling; its progress; the operations before
 * and after it (where the parts come from and go to); the materials it consumes; the order's
 * documents; and, once a schedule is published, its unit, scheduled start and end (null before, or
 * for an operation the schedule does not hold yet).
 */
public record DispatchLine(
    String order,
    String item,
    String itemDescription,
    BigDecimal orderQty,
    OrderStatus orderStatus,
    int priority,
    LocalDate startDate,
    LocalDate dueDate,
    OrderOperation operation,
    Neighbour previous,
    Neighbour next,
    List<OrderMaterial> materials,
    List<Long> documents,
    ScheduledSlot scheduled) {

  public DispatchLine {
    materials = List.copyOf(materials);
    documents = List.copyOf(documents);
  }

  /** The operation before or after: where it runs, how far it is, what it has passed on. */
  public record Neighbour(
      int seq, String workCenter, String description, OperationStatus status, BigDecimal goodQty) {

    public static Neighbour of(OrderOperation o) {
      return new Neighbour(
          o.seq(), o.workCenter(), o.description(), o.progress().status(), o.progress().goodQty());
    }
  }

  /** The quantity the operation still has to make: the order's, less what it declared good. */
  public BigDecimal remainingQty() {
    return orderQty.subtract(operation.progress().goodQty()).max(BigDecimal.ZERO);
  }
}
