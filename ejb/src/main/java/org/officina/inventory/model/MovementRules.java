package org.officina.inventory.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemRules;
import org.officina.shared.model.Violation;

/**
 * The rules of a stock movement posted by a person or a system: a known item, a warehouse, a
 * quantity other than zero that suits the item's unit, a reason other than an import's, and a
 * reference of at most 100 characters.
 */
public final class MovementRules {

  private static final int MAX_REFERENCE = 100;

  private MovementRules() {}

  /** What is wrong with the movement; the item's kind is null when no item has its code. */
  public static List<Violation> check(
      StockLevel.Key key, BigDecimal qty, MovementReason reason, String reference, ItemKind item) {
    List<Violation> violations = new ArrayList<>();
    if (item == null) {
      violations.add(Violation.of("item", "item.notFound", key.item()));
    }
    if (key.warehouse() == null || key.warehouse().isBlank()) {
      violations.add(Violation.of("warehouse", "value.required"));
    }
    if (qty == null || qty.signum() == 0) {
      violations.add(Violation.of("qty", "stock.zero"));
    } else {
      ItemRules.checkQuantity("qty", qty.abs(), item == null ? null : item.uom())
          .forEach(violations::add);
    }
    if (reason == null || reason == MovementReason.IMPORT) {
      violations.add(Violation.of("reason", "stock.reason", "IMPORT"));
    }
    if (reference != null && reference.length() > MAX_REFERENCE) {
      violations.add(Violation.of("reference", "text.tooLong", MAX_REFERENCE));
    }
    return violations;
  }
}
