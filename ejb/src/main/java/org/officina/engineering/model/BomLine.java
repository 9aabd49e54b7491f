package org.officina.engineering.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a bill of materials (distinta base): how much of a component goes into one unit of the
 * parent, or into each order of it when the quantity is fixed per order; the scrap expected on the
 * way; the dates between which the line is valid (both included; null is open); the operation that
 * consumes the component; and whether the component is a phantom, an assembly that is never stocked
 * and whose own components are used directly.
 */
public record BomLine(
    String parent,
    String component,
    BigDecimal qtyPer,
    boolean fixedPerOrder,
    BigDecimal scrapPct,
    LocalDate validFrom,
    LocalDate validTo,
    int operationSeq,
    boolean phantom) {

  /**
   * A line valid always, per unit of the parent, without scrap, consumed by the first operation.
   */
  public static BomLine of(String parent, String component, String qtyPer) {
    return new BomLine(
        parent, component, new BigDecimal(qtyPer), false, BigDecimal.ZERO, null, null, 0, false);
  }

  public boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  /** What this line needs of its component for a quantity of the parent, scrap included. */
  public BigDecimal requirementFor(BigDecimal parentQty) {
    BigDecimal base = fixedPerOrder ? qtyPer : qtyPer.multiply(parentQty);
    return base.multiply(BigDecimal.ONE.add(scrapPct.movePointLeft(2)));
  }
}
