package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A planned order of a stored run as the workbench and the API list it: with the firm planned order
 * it became, if a planner firmed it, and what it covers one level up.
 */
public record PlannedOrderRow(
    int number,
    String reference,
    String item,
    PlannedOrderType type,
    BigDecimal qty,
    LocalDate releaseDate,
    LocalDate dueDate,
    boolean pastDue,
    Long firmPlannedOrder,
    List<String> peggedTo) {

  public PlannedOrderRow {
    peggedTo = List.copyOf(peggedTo);
  }
}
