package org.officina.execution.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.officina.shared.model.Violation;

/**
 * The rules a declaration must keep before anything of it is written: a client id; a known order
 * that is released or in progress; one of its operations, not yet done; minutes and quantities not
 * negative, whole for a discrete product; a run that declares something; a known defect reason for
 * scrap and a known stop reason for a downtime; no more declared at the operation, good and scrap
 * together, than the order's quantity and its tolerance; at most eight operators, each a code; lots
 * only of the order's materials.
 */
public final class DeclarationRules {

  static final int MAX_CLIENT_ID = 90;

  /** Operators or a team, each a code: their list fits the report's 200 characters. */
  static final int MAX_OPERATORS = 8;

  private static final Pattern OPERATOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,23}");

  private DeclarationRules() {}

  /** The reasons the floor may give, by kind. */
  public record Reasons(Set<String> scrap, Set<String> stop) {}

  /** What is wrong with the declaration on this order (null: no order has its number). */
  public static List<Violation> check(
      Declaration d,
      ProductionOrder order,
      List<OrderOperation> operations,
      Set<String> materials,
      Reasons reasons,
      boolean discrete) {
    List<Violation> violations = new ArrayList<>();
    if (d.clientId() == null || d.clientId().isBlank()) {
      violations.add(Violation.of("client_id", "value.required"));
    } else if (d.clientId().length() > MAX_CLIENT_ID) {
      violations.add(Violation.of("client_id", "text.tooLong", MAX_CLIENT_ID));
    } else if (d.clientId().contains(ReportIds.SEPARATOR)) {
      violations.add(
          Violation.of("client_id", "workReport.clientId.separator", ReportIds.SEPARATOR));
    }
    if (order == null) {
      violations.add(Violation.of("order", "order.notFound", String.valueOf(d.order())));
      return violations;
    }
    if (!order.status().acceptsWork()) {
      violations.add(
          Violation.of("order", "workReport.orderState", order.number(), order.status()));
      return violations;
    }
    OrderOperation operation =
        operations.stream().filter(o -> o.seq() == d.operationSeq()).findFirst().orElse(null);
    if (operation == null) {
      violations.add(
          Violation.of(
              "operation",
              "workReport.operation.unknown",
              String.valueOf(d.operationSeq()),
              order.number()));
      return violations;
    }
    if (operation.progress().status() == OperationStatus.DONE) {
      violations.add(
          Violation.of("operation", "workReport.operation.done", String.valueOf(d.operationSeq())));
    }
    quantities(d, operation, order, discrete, violations);
    reasons(d, reasons, violations);
    operators(d, violations);
    for (Declaration.LotUse lot : d.lots()) {
      if (!materials.contains(lot.item()) || lot.lot() == null || lot.lot().isBlank()) {
        violations.add(
            Violation.of("lots", "workReport.lot.notMaterial", lot.item(), order.number()));
      }
    }
    return violations;
  }

  private static void quantities(
      Declaration d,
      OrderOperation operation,
      ProductionOrder order,
      boolean discrete,
      List<Violation> violations) {
    if (d.kind() == null) {
      violations.add(Violation.of("kind", "value.oneOf", "", "SETUP, RUN, DOWNTIME"));
      return;
    }
    notNegative("minutes", d.minutes(), violations);
    notNegative("good_qty", d.goodQty(), violations);
    notNegative("scrap_qty", d.scrapQty(), violations);
    if (discrete) {
      whole("good_qty", d.goodQty(), violations);
      whole("scrap_qty", d.scrapQty(), violations);
    }
    if (d.kind() != WorkKind.RUN && d.declaredQty().signum() != 0) {
      violations.add(Violation.of("good_qty", "workReport.qty.onlyRun", d.kind()));
    }
    if (d.kind() == WorkKind.RUN
        && d.declaredQty().signum() == 0
        && d.minutes().signum() == 0
        && !d.finishes()) {
      violations.add(Violation.of("good_qty", "workReport.run.empty"));
    }
    BigDecimal total = operation.progress().declaredQty().add(d.declaredQty());
    if (d.declaredQty().signum() > 0 && total.compareTo(order.declarableQty()) > 0) {
      violations.add(
          Violation.of(
              "good_qty",
              "workReport.qty.beyondTolerance",
              d.declaredQty().toPlainString(),
              operation.progress().declaredQty().toPlainString(),
              order.declarableQty().stripTrailingZeros().toPlainString(),
              order.tolerancePct().stripTrailingZeros().toPlainString()));
    }
  }

  private static void reasons(Declaration d, Reasons reasons, List<Violation> violations) {
    if (d.scrapQty().signum() > 0 && d.scrapReason() == null) {
      violations.add(Violation.of("scrap_reason", "workReport.scrapReasonMissing"));
    } else if (d.scrapQty().signum() > 0 && !reasons.scrap().contains(d.scrapReason())) {
      violations.add(Violation.of("scrap_reason", "workReport.scrapReason", d.scrapReason()));
    }
    if (d.kind() == WorkKind.DOWNTIME) {
      if (d.stopReason() == null) {
        violations.add(Violation.of("stop_reason", "workReport.stopReasonMissing"));
      } else if (!reasons.stop().contains(d.stopReason())) {
        violations.add(
            Violation.of("stop_reason", "workReport.stopReason", String.valueOf(d.stopReason())));
      }
      if (d.minutes().signum() <= 0) {
        violations.add(Violation.of("minutes", "value.positive", d.minutes().toPlainString()));
      }
    }
  }

  private static void operators(Declaration d, List<Violation> violations) {
    if (d.operators().size() > MAX_OPERATORS) {
      violations.add(Violation.of("operators", "workReport.operators.many", MAX_OPERATORS));
    }
    for (String operator : d.operators()) {
      if (!OPERATOR.matcher(operator).matches()) {
        violations.add(Violation.of("operators", "workReport.operators.code", operator));
      }
    }
  }

  private static void notNegative(String field, BigDecimal value, List<Violation> violations) {
    if (value.signum() < 0) {
      violations.add(Violation.of(field, "value.negative", value.toPlainString()));
    }
  }

  private static void whole(String field, BigDecimal value, List<Violation> violations) {
    if (value.stripTrailingZeros().scale() > 0) {
      violations.add(Violation.of(field, "quantity.notWhole", value.toPlainString(), "PCS"));
    }
  }
}
