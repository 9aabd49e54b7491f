package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subcontract orders of a production order's external operations, one per group: the pieces
 * made by the operation before (when there is one) and the materials the group's operations (and
 * their sub-operations) consume go out; the work is priced per piece by the subcontractor's list
 * for each operation, or else by the routing's cost; the pieces leave when the order starts (not
 * before today) and are due back after the longest lead time the lists give, or by the order's due
 * date. Each material may be consumed more or less than the bill says by its item's tolerance.
 */
public final class OperationOrders {

  private OperationOrders() {}

  /** The subcontractor's price and lead time for an operation of the product, from its list. */
  public record Price(BigDecimal unitPrice, String currency, Integer leadTimeDays) {}

  /**
   * Unnumbered orders for the groups.
   *
   * @param prices the subcontractor's price for each operation that has one, by sequence
   * @param tolerances the consumption tolerance of the materials' items that have one, by item
   */
  public static List<SubcontractOrder> of(
      RoutedOrder order,
      List<ExternalPhases.Group> groups,
      Map<Integer, Price> prices,
      Map<String, BigDecimal> tolerances,
      LocalDate today) {
    List<SubcontractOrder> made = new ArrayList<>();
    LocalDate ship = order.startDate().isBefore(today) ? today : order.startDate();
    for (ExternalPhases.Group g : groups) {
      BigDecimal unitPrice = BigDecimal.ZERO;
      boolean priced = true;
      String currency = null;
      int lead = -1;
      for (int seq : g.seqs()) {
        Price p = prices.get(seq);
        BigDecimal cost = p != null ? p.unitPrice() : cost(order, seq);
        priced &= cost != null;
        unitPrice = cost == null ? unitPrice : unitPrice.add(cost);
        currency = p != null && currency == null ? p.currency() : currency;
        lead = p != null && p.leadTimeDays() != null ? Math.max(lead, p.leadTimeDays()) : lead;
      }
      LocalDate due =
          lead >= 0 ? ship.plusDays(lead) : order.dueDate().isBefore(ship) ? ship : order.dueDate();
      made.add(
          new SubcontractOrder(
              null,
              g.subcontractor(),
              order.item(),
              order.qty(),
              ship,
              due,
              priced ? unitPrice : null,
              currency,
              order.warehouse(),
              SubcontractOrderStatus.OPEN,
              null,
              null,
              null,
              components(order, g, tolerances),
              new SubcontractOrder.Operations(order.number(), g.seqs(), g.previousSeq())));
    }
    return made;
  }

  private static BigDecimal cost(RoutedOrder order, int seq) {
    return order.steps().stream()
        .filter(s -> s.seq() == seq && s.cost() != null)
        .map(RoutedOrder.Step::cost)
        .findFirst()
        .orElse(null);
  }

  /** The pieces of the operation before, then the materials of the group's operations. */
  private static List<SubcontractComponent> components(
      RoutedOrder order, ExternalPhases.Group g, Map<String, BigDecimal> tolerances) {
    Set<Integer> seqs = new HashSet<>(g.seqs());
    order.steps().stream()
        .filter(s -> s.parentSeq() != null && g.seqs().contains(s.parentSeq()))
        .forEach(s -> seqs.add(s.seq()));
    List<SubcontractComponent> components = new ArrayList<>();
    if (g.previousSeq() != null) {
      components.add(
          new SubcontractComponent(
              1, order.item(), BigDecimal.ONE, false, null, null, null, null, null, null, true));
    }
    for (RoutedOrder.Material m : order.materials()) {
      if (seqs.contains(m.operationSeq())) {
        components.add(
            new SubcontractComponent(
                components.size() + 1,
                m.item(),
                m.qtyPer(),
                m.perOrder(),
                m.scrapPct(),
                tolerances.get(m.item()),
                null,
                null,
                null,
                m.line(),
                false));
      }
    }
    return components;
  }
}
