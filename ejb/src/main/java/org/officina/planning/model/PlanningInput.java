package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;

/**
 * What one MRP run plans from, in memory: the items with their planning parameters, the bills, the
 * stock on hand, the open supply (scheduled receipts) and the demand. Bulk loaders fill it with a
 * few set-based queries; tests fill it by hand.
 */
public final class PlanningInput {

  /** A quantity of an item due on a date, and what it is (an order number, a forecast). */
  public record Dated(String item, LocalDate date, BigDecimal qty, String reference) {}

  final Map<String, ItemData> items = new HashMap<>();
  final List<BomLine> bom = new ArrayList<>();
  final Map<String, BigDecimal> onHand = new HashMap<>();
  final List<Dated> receipts = new ArrayList<>();
  final List<Dated> demand = new ArrayList<>();

  public PlanningInput item(ItemData item) {
    items.put(item.code(), item);
    return this;
  }

  public PlanningInput bomLine(BomLine line) {
    bom.add(line);
    return this;
  }

  /** Adds to the item's stock on hand. */
  public PlanningInput onHand(String item, BigDecimal qty) {
    onHand.merge(item, qty, BigDecimal::add);
    return this;
  }

  /** An open order's receipt (a purchase, production or subcontract order): supply MRP keeps. */
  public PlanningInput receipt(String item, LocalDate due, BigDecimal qty, String reference) {
    receipts.add(new Dated(item, due, qty, reference));
    return this;
  }

  /** Independent demand: a sales order line or a forecast. */
  public PlanningInput demand(String item, LocalDate due, BigDecimal qty, String reference) {
    demand.add(new Dated(item, due, qty, reference));
    return this;
  }
}
