package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a purchase order: an item, the quantity ordered at a unit price, the day it is due, and
 * what was received of it so far.
 */
public record PurchaseOrderLine(
    int line,
    String item,
    BigDecimal qty,
    BigDecimal unitPrice,
    LocalDate dueDate,
    BigDecimal received) {

  public PurchaseOrderLine {
    received = received == null ? BigDecimal.ZERO : received;
  }

  /** What is still to come: nothing once the ordered quantity is in. */
  public BigDecimal open() {
    return qty.subtract(received).max(BigDecimal.ZERO);
  }

  public boolean fullyReceived() {
    return received.compareTo(qty) >= 0;
  }

  public BigDecimal amount() {
    return unitPrice == null ? BigDecimal.ZERO : qty.multiply(unitPrice);
  }

  PurchaseOrderLine receiving(BigDecimal more) {
    return new PurchaseOrderLine(line, item, qty, unitPrice, dueDate, received.add(more));
  }
}
