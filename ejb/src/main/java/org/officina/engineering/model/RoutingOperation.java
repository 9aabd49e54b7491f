package org.officina.engineering.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An operation (fase) of an item's routing, or a sub-operation (sottofase) when it names the
 * operation it belongs to: where it runs, its times in minutes (setup and fixed per order; machine
 * and labour run time per unit; queue before and move after), how much of it the next operation may
 * overlap, the tools it needs, and, for an external operation, the subcontractor and its unit cost;
 * for the scheduler, its setup family (operations of one family follow one another without a new
 * setup) and the work centers that may run it instead of its own.
 */
public record RoutingOperation(
    String item,
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
    List<String> alternateWorkCenters) {

  public RoutingOperation {
    tooling = tooling == null ? List.of() : List.copyOf(tooling);
    alternateWorkCenters =
        alternateWorkCenters == null ? List.of() : List.copyOf(alternateWorkCenters);
  }

  public boolean external() {
    return subcontractor != null;
  }

  public boolean subOperation() {
    return parentSeq != null;
  }

  /** The minutes the operation takes once for each order, whatever its quantity. */
  public BigDecimal orderMinutes() {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal minutes :
        new BigDecimal[] {setupMinutes, fixedMinutes, queueMinutes, moveMinutes}) {
      total = minutes == null ? total : total.add(minutes);
    }
    return total;
  }
}
