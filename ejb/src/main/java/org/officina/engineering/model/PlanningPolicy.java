package org.officina.engineering.model;

import java.math.BigDecimal;

/**
 * How MRP plans an item beyond its lot sizing (Fluentis's planning parameters); an absent value
 * leaves the run's default, or nothing:
 *
 * <ul>
 *   <li>the demand time fence: for this many working days from the start only sales orders and
 *       allocations are demand, no forecast (absent: none);
 *   <li>the planning time fence: for this many working days from the start MRP proposes no order,
 *       it reports the shortage and proposes the first receipt at the fence (absent: none);
 *   <li>the days before and after a sales order whose forecasts it consumes (absent: the run's;
 *       neither anywhere: forecasts are not consumed);
 *   <li>the tolerances within which an open order gets no message: days early, days late (absent:
 *       the run's), and the share of its quantity by which it may exceed or fall short of the need
 *       (absent: none);
 *   <li>the reorder point (scorta minima): when the run asks for it, the item is replenished as
 *       soon as its projected stock falls below it (absent: none).
 * </ul>
 */
public record PlanningPolicy(
    Integer demandFenceDays,
    Integer planningFenceDays,
    Integer consumptionBackwardDays,
    Integer consumptionForwardDays,
    Integer earlyToleranceDays,
    Integer lateToleranceDays,
    BigDecimal quantityTolerancePct,
    BigDecimal reorderPoint) {

  /** An item planned as the run says, without fences. */
  public static final PlanningPolicy NONE =
      new PlanningPolicy(null, null, null, null, null, null, null, null);

  public PlanningPolicy {
    quantityTolerancePct =
        quantityTolerancePct == null || quantityTolerancePct.signum() == 0
            ? null
            : quantityTolerancePct.stripTrailingZeros();
    reorderPoint =
        reorderPoint == null || reorderPoint.signum() == 0
            ? null
            : reorderPoint.stripTrailingZeros();
    demandFenceDays = demandFenceDays == null || demandFenceDays == 0 ? null : demandFenceDays;
    planningFenceDays =
        planningFenceDays == null || planningFenceDays == 0 ? null : planningFenceDays;
  }

  public int demandFence() {
    return demandFenceDays == null ? 0 : demandFenceDays;
  }

  public int planningFence() {
    return planningFenceDays == null ? 0 : planningFenceDays;
  }
}
