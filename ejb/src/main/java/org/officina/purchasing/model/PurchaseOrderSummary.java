package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase order as a list shows it: its supplier, state, amount, the next day something is due
 * of it (null when nothing is still expected) and whether that day is past (late).
 */
public record PurchaseOrderSummary(
    String number,
    String supplier,
    String currency,
    PurchaseOrderStatus status,
    LocalDate orderDate,
    int lines,
    BigDecimal amount,
    LocalDate nextDue,
    boolean late) {

  /**
   * The summary of an order as it stands on a day: late when something due before it has not come.
   */
  public static PurchaseOrderSummary on(
      LocalDate day,
      String number,
      String supplier,
      String currency,
      PurchaseOrderStatus status,
      LocalDate orderDate,
      int lines,
      BigDecimal amount,
      LocalDate nextDue) {
    boolean late = status.open() && nextDue != null && nextDue.isBefore(day);
    return new PurchaseOrderSummary(
        number, supplier, currency, status, orderDate, lines, amount, nextDue, late);
  }

  /** The same without its amount, for those who may not see prices. */
  public PurchaseOrderSummary unpriced() {
    return new PurchaseOrderSummary(
        number, supplier, currency, status, orderDate, lines, null, nextDue, late);
  }
}
