package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a planner sets on a production order, by hand or over REST: the item and quantity, its
 * dates, the warehouse that receives it, the lot it makes (empty: its number), its priority (1
 * first, 9 last; 5 when not given), whether it is firm, and the tolerance over its quantity that an
 * operation may declare (10 % when not given).
 */
public record OrderTerms(
    String item,
    BigDecimal qty,
    LocalDate startDate,
    LocalDate dueDate,
    String warehouse,
    String lot,
    Integer priority,
    Boolean firm,
    BigDecimal tolerancePct) {

  public static final int DEFAULT_PRIORITY = 5;
  public static final BigDecimal DEFAULT_TOLERANCE = BigDecimal.TEN;

  public int priorityOrDefault() {
    return priority == null ? DEFAULT_PRIORITY : priority;
  }

  public BigDecimal toleranceOrDefault() {
    return tolerancePct == null ? DEFAULT_TOLERANCE : tolerancePct;
  }

  /** These terms with what is missing taken from the order as it is. */
  public OrderTerms over(ProductionOrder order) {
    return new OrderTerms(
        order.item(),
        qty == null ? order.qty() : qty,
        startDate == null ? order.startDate() : startDate,
        dueDate == null ? order.dueDate() : dueDate,
        warehouse == null ? order.warehouse() : warehouse,
        lot == null ? order.lot() : lot,
        priority == null ? order.priority() : priority,
        firm == null ? order.firm() : firm,
        tolerancePct == null ? order.tolerancePct() : tolerancePct);
  }
}
