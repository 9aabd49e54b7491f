package org.officina.inventory.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lot of an item that went from a warehouse to a document (an order) and may come back: only what
 * a document took can be returned to stock under it, so that a lot's genealogy stays true. A lot of
 * null is stock kept without lots.
 */
public record IssuedLot(String item, String warehouse, String lot) {

  public IssuedLot {
    lot = lot == null || lot.isBlank() ? null : lot;
  }

  /**
   * What a document still holds, lot by lot: issued less returned. Material scrapped on the way
   * never reached it and so is not there.
   */
  public static Map<IssuedLot, BigDecimal> outstanding(List<StockMovement> movements) {
    Map<IssuedLot, BigDecimal> held = new HashMap<>();
    for (StockMovement m : movements) {
      if (m.reason() == MovementReason.ISSUE || m.reason() == MovementReason.RETURN) {
        StockLevel.Key at = m.stock();
        held.merge(
            new IssuedLot(at.item(), at.warehouse(), at.lot()), m.qty().negate(), BigDecimal::add);
      }
    }
    return held;
  }
}
