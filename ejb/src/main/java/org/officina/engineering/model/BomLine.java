package org.officina.engineering.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a bill of materials (distinta base): how much of a component goes into one unit of the
 * parent, or into each order of it when the quantity is fixed per order; the scrap expected on the
 * way; the dates between which the line is valid (both included; null is open); the operation that
 * consumes the component (0: the first); whether the component is a phantom, an assembly that is
 * never stocked and whose own components are used directly; and, for an alternate material, the
 * primary component it may replace and its priority among that component's alternates (1 first).
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
    boolean phantom,
    String alternateFor,
    int priority) {

  /**
   * A line valid always, per unit of the parent, without scrap, consumed by the first operation.
   */
  public static BomLine of(String parent, String component, String qtyPer) {
    return new BomLine(
        parent,
        component,
        new BigDecimal(qtyPer),
        false,
        BigDecimal.ZERO,
        null,
        null,
        0,
        false,
        null,
        1);
  }

  public boolean alternate() {
    return alternateFor != null;
  }

  /** Whether the two lines are valid on at least one common day. */
  public boolean overlaps(BomLine other) {
    boolean endsBefore =
        validTo != null && other.validFrom != null && validTo.isBefore(other.validFrom);
    boolean startsAfter =
        validFrom != null && other.validTo != null && other.validTo.isBefore(validFrom);
    return !endsBefore && !startsAfter;
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
