package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * MRP's proposal: make, buy or subcontract a quantity of an item, released on a date to be received
 * on its due date, both working days. A past-due order should have been released before the
 * planning start: its release date is the date computed, earlier than the start. The number is the
 * order's place in its run, from 1.
 */
public record PlannedOrder(
    int number,
    String item,
    PlannedOrderType type,
    BigDecimal qty,
    LocalDate releaseDate,
    LocalDate dueDate,
    boolean pastDue) {

  /** How the order is named in pegging and messages. */
  public String reference() {
    return reference(number);
  }

  /** The reference of the planned order with this number. */
  public static String reference(int number) {
    return "PLN-" + number;
  }
}
