package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A planned order of a stored run as the workbench and the API list it: with the firm planned order
 * it became, if a planner firmed it, the order that firm order was converted into (null while it is
 * not), and what it covers one level up.
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
    List<String> peggedTo,
    String convertedTo) {

  public PlannedOrderRow {
    peggedTo = List.copyOf(peggedTo);
  }

  public PlannedOrderRow convertedInto(String order) {
    return new PlannedOrderRow(
        number,
        reference,
        item,
        type,
        qty,
        releaseDate,
        dueDate,
        pastDue,
        firmPlannedOrder,
        peggedTo,
        order);
  }
}
