package org.officina.engineering.model;

import static org.officina.engineering.model.ItemField.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.officina.shared.model.Decimals;
import org.officina.shared.model.Violation;

/**
 * The rules an item's master data must keep, whichever way it arrives (portal, REST, CSV, JMS).
 * Every broken rule is reported, not just the first, so that a person can fix a line in one go.
 */
public final class ItemRules {
  public static final int CODE_MAX_LENGTH = 40;
  public static final int DESCRIPTION_MAX_LENGTH = 200;
  public static final int PLANNER_MAX_LENGTH = 100;
  public static final int LEAD_TIME_MAX_DAYS = 999;

  /** A subcontractor may consume at most this percentage more or less than the bill says. */
  public static final BigDecimal MAX_CONSUMPTION_TOLERANCE = new BigDecimal("50");

  /**
   * Codes appear in URLs, file names and barcodes: letters, digits, '.', '_' and '-', starting with
   * one of the first two.
   */
  private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private ItemRules() {}

  public static List<Violation> check(ItemData item) {
    List<Violation> violations = new ArrayList<>();
    checkCode(item.code(), violations);
    if (item.description().length() > DESCRIPTION_MAX_LENGTH) {
      violations.add(Violation.of(DESCRIPTION, "text.tooLong", DESCRIPTION_MAX_LENGTH));
    }
    if (item.planner() != null && item.planner().length() > PLANNER_MAX_LENGTH) {
      violations.add(Violation.of(PLANNER, "text.tooLong", PLANNER_MAX_LENGTH));
    }
    required(UOM, item.uom(), violations);
    required(SUPPLY_TYPE, item.supplyType(), violations);
    required(LOT_RULE, item.lotRule(), violations);
    checkLeadTime(item.leadTimeDays(), violations);
    if (item.consumptionTolerancePct() != null
        && (item.consumptionTolerancePct().signum() < 0
            || item.consumptionTolerancePct().compareTo(MAX_CONSUMPTION_TOLERANCE) > 0
            // Kept to the hundredth: a finer value would be stored rounded, and look changed.
            || item.consumptionTolerancePct().scale() > 2)) {
      violations.add(
          Violation.of(
              CONSUMPTION_TOLERANCE_PCT,
              "value.range",
              item.consumptionTolerancePct().toPlainString(),
              0,
              MAX_CONSUMPTION_TOLERANCE));
    }
    checkLotSizing(item, violations);
    quantity(SAFETY_STOCK, item.safetyStock(), item.uom(), violations);
    checkPlanning(item.policy(), violations);
    if (item.policy().reorderPoint() != null) {
      quantity(REORDER_POINT, item.policy().reorderPoint(), item.uom(), violations);
    }
    return List.copyOf(violations);
  }

  /** The longest fence, consumption window or tolerance in days: ten years. */
  public static final int PLANNING_MAX_DAYS = 3650;

  private static void checkPlanning(PlanningPolicy policy, List<Violation> violations) {
    days(DEMAND_FENCE_DAYS, policy.demandFenceDays(), violations);
    days(PLANNING_FENCE_DAYS, policy.planningFenceDays(), violations);
    days(CONSUMPTION_BACKWARD_DAYS, policy.consumptionBackwardDays(), violations);
    days(CONSUMPTION_FORWARD_DAYS, policy.consumptionForwardDays(), violations);
    days(EARLY_TOLERANCE_DAYS, policy.earlyToleranceDays(), violations);
    days(LATE_TOLERANCE_DAYS, policy.lateToleranceDays(), violations);
    BigDecimal pct = policy.quantityTolerancePct();
    if (pct != null
        && (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0 || pct.scale() > 2)) {
      violations.add(Violation.of(QTY_TOLERANCE_PCT, "value.percent", pct.toPlainString()));
    }
  }

  private static void days(String field, Integer days, List<Violation> violations) {
    if (days != null && (days < 0 || days > PLANNING_MAX_DAYS)) {
      violations.add(Violation.of(field, "value.range", days, 0, PLANNING_MAX_DAYS));
    }
  }

  private static void checkCode(String code, List<Violation> violations) {
    if (code == null || code.isBlank()) {
      violations.add(Violation.of(CODE, "value.required"));
    } else if (code.length() > CODE_MAX_LENGTH) {
      violations.add(Violation.of(CODE, "text.tooLong", CODE_MAX_LENGTH));
    } else if (!CODE_PATTERN.matcher(code).matches()) {
      violations.add(Violation.of(CODE, "item.code.pattern", code));
    }
  }

  private static void checkLeadTime(Integer days, List<Violation> violations) {
    if (days == null) {
      violations.add(Violation.of(LEAD_TIME_DAYS, "value.required"));
    } else if (days < 0 || days > LEAD_TIME_MAX_DAYS) {
      violations.add(Violation.of(LEAD_TIME_DAYS, "value.range", days, 0, LEAD_TIME_MAX_DAYS));
    }
  }

  private static void checkLotSizing(ItemData item, List<Violation> violations) {
    LotRule rule = item.lotRule();
    if (rule == null) {
      return;
    }
    if (rule == LotRule.FOQ) {
      if (item.lotQty() == null) {
        violations.add(Violation.of(LOT_QTY, "item.lot.requiredFor", rule));
      } else if (positive(LOT_QTY, item.lotQty(), violations)) {
        quantity(LOT_QTY, item.lotQty(), item.uom(), violations);
      }
    } else if (item.lotQty() != null) {
      violations.add(Violation.of(LOT_QTY, "item.lot.onlyFor", LotRule.FOQ, rule));
    }
    if (rule == LotRule.MIN_MULT) {
      quantity(LOT_MIN, item.lotMin(), item.uom(), violations);
      quantity(LOT_MULTIPLE, item.lotMultiple(), item.uom(), violations);
    } else {
      zeroUnless(LOT_MIN, item.lotMin(), rule, violations);
      zeroUnless(LOT_MULTIPLE, item.lotMultiple(), rule, violations);
    }
    if (rule == LotRule.POQ) {
      if (item.lotPeriods() == null) {
        violations.add(Violation.of(LOT_PERIODS, "item.lot.requiredFor", rule));
      } else if (item.lotPeriods() < 1) {
        violations.add(Violation.of(LOT_PERIODS, "value.positive", item.lotPeriods()));
      }
    } else if (item.lotPeriods() != null) {
      violations.add(Violation.of(LOT_PERIODS, "item.lot.onlyFor", LotRule.POQ, rule));
    }
  }

  private static void zeroUnless(
      String field, BigDecimal value, LotRule rule, List<Violation> violations) {
    if (value.signum() != 0) {
      violations.add(Violation.of(field, "item.lot.onlyFor", LotRule.MIN_MULT, rule));
    }
  }

  private static boolean positive(String field, BigDecimal value, List<Violation> violations) {
    if (value.signum() <= 0) {
      violations.add(Violation.of(field, "value.positive", value.toPlainString()));
      return false;
    }
    return true;
  }

  /**
   * What is wrong with a quantity of an item counted in this unit: negative, too many digits, or a
   * fraction of a discrete unit.
   */
  public static List<Violation> checkQuantity(String field, BigDecimal value, UnitOfMeasure uom) {
    List<Violation> violations = new ArrayList<>();
    quantity(field, value, uom, violations);
    return violations;
  }

  private static void quantity(
      String field, BigDecimal value, UnitOfMeasure uom, List<Violation> violations) {
    if (value.signum() < 0) {
      violations.add(Violation.of(field, "value.negative", value.toPlainString()));
    } else if (Decimals.check(field, value).isPresent()) {
      violations.add(Decimals.check(field, value).get());
    } else if (uom != null && uom.isDiscrete() && value.stripTrailingZeros().scale() > 0) {
      violations.add(Violation.of(field, "quantity.notWhole", value.toPlainString(), uom));
    }
  }

  private static void required(String field, Object value, List<Violation> violations) {
    if (value == null) {
      violations.add(Violation.of(field, "value.required"));
    }
  }
}
