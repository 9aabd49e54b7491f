package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A planned order a planner firmed: kept by MRP from run to run until it is converted into an open
 * order (open: false once converted).
 */
public record FirmPlannedOrder(
    long id,
    String plant,
    String item,
    PlannedOrderType type,
    BigDecimal qty,
    LocalDate releaseDate,
    LocalDate dueDate,
    boolean open) {

  /** The open orders created from firm planned orders are numbered from their id: MRP-id. */
  public static final String ORDER_PREFIX = "MRP-";

  /** How people and messages name a firm planned order. */
  public static String reference(long id) {
    return "FPO-" + id;
  }
}
