package org.officina.execution.model;

import java.math.BigDecimal;

/**
 * How much of a backflushed material a declaration consumes: what the quantity declared so far at
 * its operation (good and scrap: scrapped parts used their material too) needs, less what the
 * quantity declared before needed. Counting on the running total keeps whole-unit rounding from
 * adding up: ten declarations of one part with 0.25 of a discrete component each consume 3 units in
 * all, not 10.
 */
public final class Backflush {

  private Backflush() {}

  public static BigDecimal quantity(
      OrderMaterial material, BigDecimal declaredBefore, BigDecimal declaredNow, boolean discrete) {
    BigDecimal after = OrderCopy.need(material, declaredBefore.add(declaredNow), discrete);
    BigDecimal before = OrderCopy.need(material, declaredBefore, discrete);
    return after.subtract(before).max(BigDecimal.ZERO);
  }
}
