package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.officina.shared.model.Violation;

/**
 * What a price list must be: a known supplier (a subcontractor when it prices an operation), an
 * item, a currency of three capital letters (ISO 4217), a first day and a last day not before it, a
 * lead time from 0 to 3650 days, a minimum not negative, a multiple greater than zero, and at least
 * one break, each from a quantity not negative (no two the same) at a unit price not negative.
 * Every number is bounded so that a wrong file cannot make an order's amount overflow.
 */
public final class PriceListRules {

  public static final int MAX_LEAD_TIME_DAYS = 3650;
  public static final int MAX_BREAKS = 50;
  public static final BigDecimal MAX_VALUE = new BigDecimal("1000000000");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private PriceListRules() {}

  /**
   * @param suppliers the known suppliers, each with whether it is a subcontractor
   */
  public static List<Violation> check(PriceList list, Map<String, Boolean> suppliers) {
    List<Violation> violations = new ArrayList<>();
    if (list.supplier() == null || !suppliers.containsKey(list.supplier())) {
      violations.add(
          Violation.of("supplier", "supplier.notFound", String.valueOf(list.supplier())));
    } else if (list.operation() != null && !suppliers.get(list.supplier())) {
      violations.add(Violation.of("operation", "supplier.notSubcontractor", list.supplier()));
    }
    if (list.item() == null || list.item().isBlank()) {
      violations.add(Violation.of("item", "value.required"));
    }
    if (!isCurrency(list.currency())) {
      violations.add(
          Violation.of("currency", "priceList.currency", String.valueOf(list.currency())));
    }
    if (list.validFrom() == null) {
      violations.add(Violation.of("valid_from", "value.required"));
    } else if (list.validTo() != null && list.validTo().isBefore(list.validFrom())) {
      violations.add(Violation.of("valid_to", "priceList.endsBeforeStart", list.validFrom()));
    }
    Integer lead = list.leadTimeDays();
    if (lead != null && (lead < 0 || lead > MAX_LEAD_TIME_DAYS)) {
      violations.add(Violation.of("lead_time_days", "value.range", lead, 0, MAX_LEAD_TIME_DAYS));
    }
    bounded("min_qty", list.minQty(), false, violations);
    if (list.multiple() != null) {
      bounded("multiple", list.multiple(), true, violations);
    }
    breaks(list, violations);
    return violations;
  }

  private static void breaks(PriceList list, List<Violation> violations) {
    if (list.breaks().isEmpty()) {
      violations.add(Violation.of("unit_price", "value.required"));
    } else if (list.breaks().size() > MAX_BREAKS) {
      violations.add(Violation.of("break_qty", "priceList.tooManyBreaks", MAX_BREAKS));
    }
    Set<BigDecimal> seen = new HashSet<>();
    for (PriceList.PriceBreak pb : list.breaks()) {
      bounded("break_qty", pb.fromQty(), false, violations);
      bounded("unit_price", pb.unitPrice(), false, violations);
      if (pb.fromQty() != null && !seen.add(pb.fromQty().stripTrailingZeros())) {
        violations.add(Violation.of("break_qty", "priceList.duplicateBreak", pb.fromQty()));
      }
    }
  }

  /** Whether a currency is three capital letters (ISO 4217). */
  public static boolean isCurrency(String currency) {
    return currency != null && CURRENCY.matcher(currency).matches();
  }

  /** A value from 0 (above it when positive) to {@link #MAX_VALUE}, or why not. */
  public static void bounded(
      String field, BigDecimal value, boolean positive, List<Violation> violations) {
    if (value == null) {
      violations.add(Violation.of(field, "value.required"));
    } else if (positive && value.signum() <= 0) {
      violations.add(Violation.of(field, "value.positive", value));
    } else if (value.signum() < 0) {
      violations.add(Violation.of(field, "value.negative", value));
    } else if (value.compareTo(MAX_VALUE) > 0) {
      violations.add(Violation.of(field, "value.range", value, 0, MAX_VALUE));
    }
  }
}
