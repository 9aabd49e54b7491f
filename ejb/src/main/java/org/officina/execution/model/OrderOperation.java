package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An operation of a production order: its copy of the routing's operation (work center, planned
 * times, tooling, subcontractor, setup family and alternate work centers) and its progress on the
 * floor: what is happening now and since when, and what has been declared so far (good and scrapped
 * quantity, setup, run and downtime minutes).
 */
public record OrderOperation(
    int seq,
    Integer parentSeq,
    String description,
    String workCenter,
    BigDecimal setupMinutes,
    BigDecimal runMinutes,
    BigDecimal labourMinutes,
    BigDecimal fixedMinutes,
    BigDecimal queueMinutes,
    BigDecimal moveMinutes,
    BigDecimal overlapPct,
    String subcontractor,
    BigDecimal subcontractCost,
    List<String> tooling,
    String setupFamily,
    List<String> alternateWorkCenters,
    Progress progress) {

  public OrderOperation {
    tooling = List.copyOf(tooling);
    alternateWorkCenters = List.copyOf(alternateWorkCenters);
  }

  /**
   * An operation's progress: its state; for a pause, what it interrupted (SETUP or RUNNING) and
   * why; when the current activity began and the minutes of it accrued before its pauses; and the
   * totals declared.
   */
  public record Progress(
      OperationStatus status,
      OperationStatus paused,
      String stopReason,
      Instant since,
      BigDecimal accruedMinutes,
      BigDecimal goodQty,
      BigDecimal scrapQty,
      BigDecimal setupMinutes,
      BigDecimal runMinutes,
      BigDecimal downtimeMinutes,
      Instant startedAt,
      Instant finishedAt) {

    public static Progress none() {
      return new Progress(
          OperationStatus.WAITING,
          null,
          null,
          null,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          null,
          null);
    }

    /**
     * The progress with a declaration counted in its totals: started when its first work was
     * declared, done when a declaration finishes it.
     */
    public Progress counting(Declaration d) {
      boolean setup = d.kind() == WorkKind.SETUP;
      boolean run = d.kind() == WorkKind.RUN;
      boolean down = d.kind() == WorkKind.DOWNTIME;
      return new Progress(
          d.finishes() ? OperationStatus.DONE : status,
          d.finishes() ? null : paused,
          d.finishes() ? null : stopReason,
          d.finishes() ? null : since,
          d.finishes() ? BigDecimal.ZERO : accruedMinutes,
          goodQty.add(d.goodQty()),
          scrapQty.add(d.scrapQty()),
          setup ? setupMinutes.add(d.minutes()) : setupMinutes,
          run ? runMinutes.add(d.minutes()) : runMinutes,
          down ? downtimeMinutes.add(d.minutes()) : downtimeMinutes,
          startedAt == null ? d.happenedAt() : startedAt,
          d.finishes() ? d.happenedAt() : finishedAt);
    }

    /** Good and scrapped together: what has gone through the operation. */
    public BigDecimal declaredQty() {
      return goodQty.add(scrapQty);
    }
  }

  public boolean subOperation() {
    return parentSeq != null;
  }

  /** The minutes planned for a quantity: setup and fixed once, run time per unit. */
  public BigDecimal plannedMinutes(BigDecimal qty) {
    return setupMinutes.add(fixedMinutes).add(runMinutes.multiply(qty));
  }

  public OrderOperation with(Progress newProgress) {
    return new OrderOperation(
        seq,
        parentSeq,
        description,
        workCenter,
        setupMinutes,
        runMinutes,
        labourMinutes,
        fixedMinutes,
        queueMinutes,
        moveMinutes,
        overlapPct,
        subcontractor,
        subcontractCost,
        tooling,
        setupFamily,
        alternateWorkCenters,
        newProgress);
  }
}
