package org.officina.execution.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemRules;
import org.officina.engineering.model.SupplyType;
import org.officina.shared.model.Violation;

/**
 * The rules of a production order's terms: a made item; a quantity above zero that suits its unit
 * and is not below what was already made; both dates, the start not after the due date; a warehouse
 * and a lot that are codes; a priority from 1 to 9; a tolerance from 0 to 100 %.
 */
public final class OrderRules {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

  private OrderRules() {}

  /**
   * What is wrong with the terms; the item's kind is null when no item has its code, made is what
   * the order has made so far (zero for a new order).
   */
  public static List<Violation> check(OrderTerms terms, ItemKind item, BigDecimal made) {
    List<Violation> violations = new ArrayList<>();
    if (item == null) {
      violations.add(Violation.of("item", "item.notFound", String.valueOf(terms.item())));
    } else if (item.supplyType() != SupplyType.MAKE) {
      violations.add(Violation.of("item", "order.item.notMade", terms.item(), item.supplyType()));
    }
    if (terms.qty() == null || terms.qty().signum() <= 0) {
      violations.add(
          Violation.of(
              "qty", "value.positive", terms.qty() == null ? "-" : terms.qty().toPlainString()));
    } else {
      violations.addAll(
          ItemRules.checkQuantity("qty", terms.qty(), item == null ? null : item.uom()));
      if (terms.qty().compareTo(made) < 0) {
        violations.add(Violation.of("qty", "order.qty.belowMade", made.toPlainString()));
      }
    }
    dates(terms, violations);
    code("warehouse", terms.warehouse(), true, violations);
    code("lot", terms.lot(), false, violations);
    if (terms.priorityOrDefault() < 1 || terms.priorityOrDefault() > 9) {
      violations.add(Violation.of("priority", "value.range", terms.priorityOrDefault(), 1, 9));
    }
    BigDecimal tolerance = terms.toleranceOrDefault();
    if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.valueOf(100)) > 0) {
      violations.add(
          Violation.of("tolerance_pct", "value.range", tolerance.toPlainString(), 0, 100));
    }
    return violations;
  }

  private static void dates(OrderTerms terms, List<Violation> violations) {
    if (terms.startDate() == null) {
      violations.add(Violation.of("start_date", "value.required"));
    }
    if (terms.dueDate() == null) {
      violations.add(Violation.of("due_date", "value.required"));
    }
    if (terms.startDate() != null
        && terms.dueDate() != null
        && terms.startDate().isAfter(terms.dueDate())) {
      violations.add(Violation.of("due_date", "order.due.beforeStart", terms.startDate()));
    }
  }

  /** Whether a text may be a warehouse or lot code. */
  public static boolean isCode(String value) {
    return CODE.matcher(value).matches();
  }

  private static void code(
      String field, String value, boolean required, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      if (required) {
        violations.add(Violation.of(field, "value.required"));
      }
    } else if (!isCode(value)) {
      violations.add(Violation.of(field, "order.code", value));
    }
  }
}
