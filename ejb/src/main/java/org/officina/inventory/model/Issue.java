package org.officina.inventory.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Material to take from stock for an order's material line: from a warehouse, lots named first,
 * into a product lot (for the genealogy). The reason is ISSUE, or SCRAP for material lost on the
 * way.
 */
public record Issue(
    String reference,
    int line,
    String item,
    String warehouse,
    BigDecimal qty,
    List<String> preferredLots,
    String productItem,
    String productLot,
    MovementReason reason) {

  public Issue {
    preferredLots = preferredLots == null ? List.of() : List.copyOf(preferredLots);
  }
}
