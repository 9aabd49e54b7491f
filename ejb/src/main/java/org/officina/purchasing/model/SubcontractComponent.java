package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A component of a subcontract order, from the bill (or, for an external operation, the piece the
 * operation before made, one per piece): how much goes into each piece (or into the whole order),
 * the bill's scrap, how far a return may consume from the bill (tolerance, for material that
 * stretches or shrinks), and what was shipped to the subcontractor, consumed there and brought back
 * so far. For an external operation, a component is either a material of the production order (its
 * line there) or the order's own pieces in process, which are not stock: they travel on the
 * delivery note and come back on to the next operation without a stock movement.
 *
 * @param materialLine the production order's material line it is, or null
 * @param inProcess whether it is the production order's own pieces
 */
public record SubcontractComponent(
    int line,
    String item,
    BigDecimal qtyPer,
    boolean perOrder,
    BigDecimal scrapPct,
    BigDecimal tolerancePct,
    BigDecimal shipped,
    BigDecimal consumed,
    BigDecimal returned,
    Integer materialLine,
    boolean inProcess) {

  private static final int SCALE = 6;

  /** A component of a whole item's order, from its bill. */
  public SubcontractComponent(
      int line,
      String item,
      BigDecimal qtyPer,
      boolean perOrder,
      BigDecimal scrapPct,
      BigDecimal tolerancePct,
      BigDecimal shipped,
      BigDecimal consumed,
      BigDecimal returned) {
    this(
        line,
        item,
        qtyPer,
        perOrder,
        scrapPct,
        tolerancePct,
        shipped,
        consumed,
        returned,
        null,
        false);
  }

  public SubcontractComponent {
    scrapPct = scrapPct == null ? BigDecimal.ZERO : scrapPct;
    tolerancePct = tolerancePct == null ? BigDecimal.ZERO : tolerancePct;
    shipped = shipped == null ? BigDecimal.ZERO : shipped;
    consumed = consumed == null ? BigDecimal.ZERO : consumed;
    returned = returned == null ? BigDecimal.ZERO : returned;
  }

  /** What the subcontractor holds of it for the order: shipped, less consumed and brought back. */
  public BigDecimal held() {
    return shipped.subtract(consumed).subtract(returned);
  }

  /**
   * What the bill says pieces of an order of orderQty take, the bill's scrap included; a line for
   * the whole order is shared among its pieces.
   */
  public BigDecimal byBill(BigDecimal pieces, BigDecimal orderQty) {
    BigDecimal base =
        perOrder
            ? qtyPer.multiply(pieces).divide(orderQty, SCALE, RoundingMode.HALF_UP)
            : qtyPer.multiply(pieces);
    return base.multiply(BigDecimal.ONE.add(scrapPct.movePointLeft(2)))
        .setScale(SCALE, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  /** The same line with this consumption tolerance (null: none). */
  public SubcontractComponent withTolerance(BigDecimal pct) {
    return new SubcontractComponent(
        line,
        item,
        qtyPer,
        perOrder,
        scrapPct,
        pct,
        shipped,
        consumed,
        returned,
        materialLine,
        inProcess);
  }

  /** The same line with more shipped (less, for a note reversed). */
  public SubcontractComponent shipping(BigDecimal qty) {
    return new SubcontractComponent(
        line,
        item,
        qtyPer,
        perOrder,
        scrapPct,
        tolerancePct,
        shipped.add(qty),
        consumed,
        returned,
        materialLine,
        inProcess);
  }

  /** The same line with what a return consumed and brought back of it added. */
  public SubcontractComponent after(BigDecimal consumedNow, BigDecimal returnedNow) {
    return new SubcontractComponent(
        line,
        item,
        qtyPer,
        perOrder,
        scrapPct,
        tolerancePct,
        shipped,
        consumed.add(consumedNow),
        returned.add(returnedNow),
        materialLine,
        inProcess);
  }
}
