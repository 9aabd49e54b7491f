package org.officina.inventory.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.officina.shared.model.Page;

/**
 * Stock on hand and the movements that change it; a movement and the stock it changes are written
 * together.
 */
public interface StockLevels {
  void saveWarehouses(Collection<String> warehouses);

  /** Every stock level with a quantity, by item, warehouse, location and lot. */
  List<StockLevel> levels();

  /** A page of stock levels with a quantity, items and warehouses chosen by their beginning. */
  Page<StockLevel> search(String item, String warehouse, int offset, int limit);

  /**
   * Brings each stock level to the quantity given by a movement of the difference, for the reason
   * and reference given; levels already at their quantity get no movement.
   */
  int setLevels(
      Collection<StockLevel> targets,
      MovementReason reason,
      String reference,
      String user,
      Instant now);

  /** The quantity on hand of one stock level (zero when there is none). */
  BigDecimal onHand(StockLevel.Key key);

  /** Posts movements, each changing its stock level by its quantity. */
  void post(List<StockMovement> movements);

  /**
   * Posts movements unless one would take its stock level below zero, however many transactions
   * take from it at once (each level is changed by one conditional update).
   *
   * @return false when a movement found too little stock: the caller must roll back
   */
  boolean postWithinStock(List<StockMovement> movements);

  /**
   * The levels of one item in one warehouse with stock, each lot and location apart, in the order
   * they were first received.
   */
  List<StockLevel> levels(String item, String warehouse);

  /**
   * Where an item is usually kept: the warehouse that holds most of it, or, for an item not in
   * stock, the warehouse with the most stock levels (the main one); empty when nothing is in stock.
   */
  java.util.Optional<String> usualWarehouse(String item);

  /** Locks the stock levels of these items in a warehouse until the transaction ends. */
  void lock(Collection<String> items, String warehouse);

  /** The stock on hand of these items in a warehouse, lots and locations together. */
  Map<String, BigDecimal> onHand(Collection<String> items, String warehouse);

  /** The movements of an item, newest first, at most limit of them. */
  List<StockMovement> movements(String item, int limit);

  /** The movements made for a reference (an order), in the order they were made. */
  List<StockMovement> movementsFor(String reference);
}
