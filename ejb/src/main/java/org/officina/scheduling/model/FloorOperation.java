package org.officina.scheduling.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An operation still to do of an open production order, as execution publishes it for scheduling:
 * the order (number, status, quantity, dates, priority 1 to 9) and the operation (sequence, the
 * operation it belongs to when it is a sub-operation, work center, minutes of setup and fixed time
 * per order and of run per piece, queue, move, overlap, subcontractor, tools, state, what it has
 * declared, and when it started), its setup family and the work centers that may run it instead.
 */
public record FloorOperation(
    String order,
    String orderStatus,
    BigDecimal qty,
    LocalDate startDate,
    LocalDate dueDate,
    int priority,
    int seq,
    Integer parentSeq,
    String workCenter,
    BigDecimal setupMinutes,
    BigDecimal runMinutes,
    BigDecimal fixedMinutes,
    BigDecimal queueMinutes,
    BigDecimal moveMinutes,
    BigDecimal overlapPct,
    String subcontractor,
    List<String> tools,
    String status,
    BigDecimal goodQty,
    BigDecimal scrapQty,
    Instant startedAt,
    String setupFamily,
    List<String> alternateWorkCenters) {

  public FloorOperation {
    tools = tools == null ? List.of() : List.copyOf(tools);
    alternateWorkCenters =
        alternateWorkCenters == null ? List.of() : List.copyOf(alternateWorkCenters);
  }

  /** Whether the floor has begun it: its setup or run started, or it is paused. */
  public boolean started() {
    return "SETUP".equals(status) || "RUNNING".equals(status) || "PAUSED".equals(status);
  }

  /** The operation as it runs on another work center (an alternate the schedule placed it on). */
  public FloorOperation at(String center) {
    return new FloorOperation(
        order,
        orderStatus,
        qty,
        startDate,
        dueDate,
        priority,
        seq,
        parentSeq,
        center,
        setupMinutes,
        runMinutes,
        fixedMinutes,
        queueMinutes,
        moveMinutes,
        overlapPct,
        subcontractor,
        tools,
        status,
        goodQty,
        scrapQty,
        startedAt,
        setupFamily,
        alternateWorkCenters);
  }
}
