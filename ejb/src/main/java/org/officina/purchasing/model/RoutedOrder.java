package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A production order as its subcontracted operations see it: the product, how many, its dates and
 * warehouse, its operations (with the subcontractor of each external one) and its materials with
 * the operation that consumes each.
 */
public record RoutedOrder(
    String number,
    String item,
    BigDecimal qty,
    LocalDate startDate,
    LocalDate dueDate,
    String warehouse,
    List<Step> steps,
    List<Material> materials) {

  public RoutedOrder {
    steps = List.copyOf(steps);
    materials = List.copyOf(materials);
  }

  /**
   * An operation: a sub-operation names the operation it belongs to; an external one its
   * subcontractor and the routing's cost of the work per piece.
   */
  public record Step(int seq, Integer parentSeq, String subcontractor, BigDecimal cost) {}

  /** A material of the order: per piece (or per order), its scrap, the operation consuming it. */
  public record Material(
      int line,
      String item,
      BigDecimal qtyPer,
      boolean perOrder,
      BigDecimal scrapPct,
      int operationSeq) {}

  /** The main operations, each with its subcontractor or none, as the groups are made from. */
  public List<ExternalPhases.Phase> phases() {
    return steps.stream()
        .filter(s -> s.parentSeq() == null)
        .map(s -> new ExternalPhases.Phase(s.seq(), s.subcontractor()))
        .toList();
  }
}
