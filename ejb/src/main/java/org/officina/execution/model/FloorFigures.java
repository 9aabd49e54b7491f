package org.officina.execution.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a supervisor reads off the floor: work in progress, times against plan, scrap. */
public final class FloorFigures {

  private FloorFigures() {}

  /** Operations still to do at a work center on released and running orders, and their parts. */
  public record WorkInProgress(String workCenter, long operations, BigDecimal qty) {}

  /**
   * An operation under way or done: what it declared, and the minutes its routing planned for that
   * quantity (setup and fixed once, run per part) against the minutes declared.
   */
  public record OperationTimes(
      String order,
      String item,
      int seq,
      String workCenter,
      OperationStatus status,
      BigDecimal declaredQty,
      BigDecimal plannedMinutes,
      BigDecimal declaredMinutes) {

    /** Declared over planned, in percent (null when nothing was planned). */
    public BigDecimal ratioPct() {
      return plannedMinutes.signum() == 0
          ? null
          : declaredMinutes
              .multiply(BigDecimal.valueOf(100))
              .divide(plannedMinutes, 0, RoundingMode.HALF_UP);
    }
  }

  /** Parts scrapped for one reason. */
  public record ScrapByReason(String reason, BigDecimal qty) {}
}
