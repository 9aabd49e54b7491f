package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemRules;
import org.officina.shared.model.Violation;

/**
 * What a purchase order made or edited by hand must be: a known supplier, a currency of three
 * capital letters, a tolerance from 0 to 100%, from 1 to 500 lines, each numbered once, of a known
 * item in a quantity its unit allows (at most a billion), with a due day and a unit price, when
 * given, from 0 to a billion. Each violation of a line names the line.
 */
public final class PurchaseOrderRules {

  public static final int MAX_LINES = 500;
  private static final BigDecimal MAX_TOLERANCE = new BigDecimal("100");

  private PurchaseOrderRules() {}

  /**
   * @param suppliers the known suppliers, each with whether it is a subcontractor
   * @param items the kind of each item the order names that exists
   */
  public static List<Violation> check(
      PurchaseOrder order, Map<String, Boolean> suppliers, Map<String, ItemKind> items) {
    List<Violation> violations = new ArrayList<>();
    if (order.supplier() == null || !suppliers.containsKey(order.supplier())) {
      violations.add(
          Violation.of("supplier", "supplier.notFound", String.valueOf(order.supplier())));
    }
    if (!PriceListRules.isCurrency(order.currency())) {
      violations.add(
          Violation.of("currency", "priceList.currency", String.valueOf(order.currency())));
    }
    BigDecimal tolerance = order.tolerancePct();
    if (tolerance.signum() < 0 || tolerance.compareTo(MAX_TOLERANCE) > 0) {
      violations.add(Violation.of("tolerance_pct", "value.range", tolerance, 0, MAX_TOLERANCE));
    }
    if (order.lines().isEmpty()) {
      violations.add(Violation.of("lines", "purchase.noLines", String.valueOf(order.number())));
    } else if (order.lines().size() > MAX_LINES) {
      violations.add(Violation.of("lines", "purchase.tooManyLines", MAX_LINES));
      return violations;
    }
    Set<Integer> numbers = new HashSet<>();
    for (PurchaseOrderLine line : order.lines()) {
      List<Violation> own = new ArrayList<>();
      if (!numbers.add(line.line())) {
        own.add(Violation.of("line", "purchase.lineTwice", line.line()));
      }
      ItemKind kind = line.item() == null ? null : items.get(line.item());
      if (kind == null) {
        own.add(Violation.of("item", "item.notFound", String.valueOf(line.item())));
      }
      if (line.qty() == null || line.qty().signum() <= 0) {
        own.add(Violation.of("qty", "value.positive", String.valueOf(line.qty())));
      } else if (line.qty().compareTo(PriceListRules.MAX_VALUE) > 0) {
        own.add(Violation.of("qty", "value.range", line.qty(), 0, PriceListRules.MAX_VALUE));
      } else if (kind != null) {
        own.addAll(ItemRules.checkQuantity("qty", line.qty(), kind.uom()));
      }
      if (line.dueDate() == null) {
        own.add(Violation.of("due_date", "value.required"));
      }
      if (line.unitPrice() != null) {
        PriceListRules.bounded("unit_price", line.unitPrice(), false, own);
      }
      own.forEach(
          v ->
              violations.add(
                  new Violation("lines[" + line.line() + "]." + v.field(), v.key(), v.args())));
    }
    return violations;
  }
}
