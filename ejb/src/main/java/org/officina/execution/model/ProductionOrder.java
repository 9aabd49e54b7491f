package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A production order (ordine di produzione): make a quantity of an item between two dates, into a
 * warehouse and a lot, with its own copy of the materials and operations it needs. It starts
 * planned, is released to the floor, is in progress once the floor declares work, and is completed
 * and then closed; a firm order (tassativo) is one MRP must not suggest changing. The good quantity
 * is what its last operation declared good (and was received into stock); the scrap, what any of
 * its operations scrapped.
 */
public record ProductionOrder(
    long id,
    String number,
    String plant,
    String item,
    BigDecimal qty,
    String warehouse,
    String lot,
    LocalDate startDate,
    LocalDate dueDate,
    int priority,
    boolean firm,
    OrderStatus status,
    BigDecimal tolerancePct,
    BigDecimal goodQty,
    BigDecimal scrapQty,
    Long firmPlannedOrder,
    long version,
    String createdBy,
    Instant createdAt,
    String changedBy,
    Instant changedAt) {
  /** Production orders are numbered from their id. */
  public static final String NUMBER_PREFIX = "PRD-";

  /** What is still to be made: the quantity less the good quantity, never below zero. */
  public BigDecimal openQty() {
    return qty.subtract(goodQty).max(BigDecimal.ZERO);
  }

  /**
   * The most any operation may declare, good and scrap together: the quantity and its tolerance.
   */
  public BigDecimal declarableQty() {
    return qty.multiply(BigDecimal.ONE.add(tolerancePct.movePointLeft(2)));
  }

  public ProductionOrder withStatus(OrderStatus newStatus) {
    return new ProductionOrder(
        id,
        number,
        plant,
        item,
        qty,
        warehouse,
        lot,
        startDate,
        dueDate,
        priority,
        firm,
        newStatus,
        tolerancePct,
        goodQty,
        scrapQty,
        firmPlannedOrder,
        version,
        createdBy,
        createdAt,
        changedBy,
        changedAt);
  }
}
