package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.officina.engineering.model.IssueMethod;

/** Orders, materials and operations for the execution tests. */
final class ExecutionFixtures {

  static final Instant T0 = Instant.parse("2027-01-04T06:00:00Z");

  private ExecutionFixtures() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static ProductionOrder order(OrderStatus status, String qty, String tolerancePct) {
    return new ProductionOrder(
        100,
        "PRD-100",
        "MAIN",
        "PUMP",
        dec(qty),
        "MAIN",
        "PRD-100",
        LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 1, 8),
        5,
        false,
        status,
        dec(tolerancePct),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        1,
        "planner",
        T0,
        "planner",
        T0);
  }

  static OrderMaterial material(
      String item, String qtyPer, boolean perOrder, String scrapPct, int seq, IssueMethod method) {
    return new OrderMaterial(
        1,
        item,
        dec(qtyPer),
        perOrder,
        dec(scrapPct),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        seq,
        method,
        "MAIN");
  }

  static OrderOperation operation(int seq, Integer parent, OrderOperation.Progress progress) {
    return new OrderOperation(
        seq,
        parent,
        "op " + seq,
        "LATHE",
        dec("30"),
        dec("2"),
        dec("2"),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        null,
        List.of(),
        null,
        List.of(),
        progress);
  }

  static OrderOperation.Progress declared(String good, String scrap) {
    OrderOperation.Progress none = OrderOperation.Progress.none();
    return new OrderOperation.Progress(
        OperationStatus.RUNNING,
        null,
        null,
        T0,
        BigDecimal.ZERO,
        dec(good),
        dec(scrap),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        T0,
        none.finishedAt());
  }
}
