package org.officina.execution.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.IssueMethod;
import org.officina.inventory.model.Reservation;

/**
 * What a released order reserves: for each material issued by picking list or backflush, what is
 * still to issue, as far as the free stock of its warehouse goes (lines of the same item share it,
 * in line order). Automatic materials are issued at release, so they reserve nothing.
 */
public final class ReservationPlan {

  private ReservationPlan() {}

  /**
   * @param free the free stock (on hand less what other orders reserved), by warehouse and item
   */
  public static List<Reservation> of(
      String reference, List<OrderMaterial> materials, Map<String, Map<String, BigDecimal>> free) {
    Map<String, Map<String, BigDecimal>> left = new HashMap<>();
    free.forEach((warehouse, items) -> left.put(warehouse, new HashMap<>(items)));
    List<Reservation> reservations = new ArrayList<>();
    for (OrderMaterial m : materials) {
      if (m.issueMethod() == IssueMethod.AUTOMATIC) {
        continue;
      }
      Map<String, BigDecimal> stock = left.computeIfAbsent(m.warehouse(), w -> new HashMap<>());
      BigDecimal qty = m.openQty().min(stock.getOrDefault(m.item(), BigDecimal.ZERO));
      if (qty.signum() > 0) {
        reservations.add(new Reservation(m.item(), m.warehouse(), reference, m.line(), qty));
        stock.merge(m.item(), qty.negate(), BigDecimal::add);
      }
    }
    return reservations;
  }
}
