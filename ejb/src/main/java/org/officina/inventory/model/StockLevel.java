package org.officina.inventory.model;

import java.math.BigDecimal;

/**
 * The quantity on hand of an item in a warehouse, at a location and of a lot (null location: the
 * warehouse as a whole; null lot: not lot-controlled).
 */
public record StockLevel(
    String item, String warehouse, String location, String lot, BigDecimal qty) {

  /** What identifies a stock level: all but its quantity. */
  public record Key(String item, String warehouse, String location, String lot) {}

  /** The level with a quantity taken from it. */
  public StockLevel less(BigDecimal taken) {
    return new StockLevel(item, warehouse, location, lot, qty.subtract(taken));
  }

  public Key key() {
    return new Key(item, warehouse, location, lot);
  }
}
