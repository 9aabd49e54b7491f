package org.officina.execution.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.ItemKind;
import org.officina.shared.model.Decimals;
import org.officina.shared.model.Violation;

/**
 * The rules of an order's materials as a planner edits them: known components other than the
 * product, a quantity above zero, scrap from 0 to 99 %, one of the order's operations, a warehouse
 * code, existing lines named once; and material already issued stays on its line (the line may
 * change its quantity, not its item or warehouse, and may not go). Each violation names the line by
 * its place in the list: {@code materials[2].item}.
 */
public final class MaterialRules {

  private static final BigDecimal MAX_SCRAP = new BigDecimal("99");

  private MaterialRules() {}

  /** What the order's materials and operations are now, and what its items are. */
  public record Order(
      ProductionOrder order,
      List<OrderMaterial> materials,
      List<OrderOperation> operations,
      Map<String, ItemKind> kinds,
      Map<String, IssueMethod> issueMethods) {}

  public static List<Violation> check(List<MaterialEdit> edits, Order order) {
    List<Violation> violations = new ArrayList<>();
    Map<Integer, OrderMaterial> current = byLine(order.materials());
    Set<Integer> seqs = new HashSet<>();
    order.operations().forEach(o -> seqs.add(o.seq()));
    Set<Integer> named = new HashSet<>();
    for (int i = 0; i < edits.size(); i++) {
      MaterialEdit edit = edits.get(i);
      String at = "materials[" + (i + 1) + "].";
      if (edit.line() != null && (!current.containsKey(edit.line()) || !named.add(edit.line()))) {
        violations.add(
            Violation.of(at + "line", "order.material.line", String.valueOf(edit.line())));
      }
      line(edit, at, order, seqs, violations);
      OrderMaterial before = edit.line() == null ? null : current.get(edit.line());
      if (before != null && before.issuedQty().signum() > 0 && !sameStock(edit, before, order)) {
        violations.add(
            Violation.of(
                at + "item",
                "order.material.issuedElsewhere",
                before.item(),
                before.issuedQty().toPlainString()));
      }
    }
    for (OrderMaterial m : order.materials()) {
      if (m.issuedQty().signum() > 0 && !named.contains(m.line())) {
        violations.add(
            Violation.of(
                "materials",
                "order.material.issuedRemoved",
                String.valueOf(m.line()),
                m.item(),
                m.issuedQty().toPlainString()));
      }
    }
    return violations;
  }

  private static void line(
      MaterialEdit edit, String at, Order order, Set<Integer> seqs, List<Violation> violations) {
    if (edit.item() == null || !order.kinds().containsKey(edit.item())) {
      violations.add(Violation.of(at + "item", "item.notFound", String.valueOf(edit.item())));
    } else if (edit.item().equals(order.order().item())) {
      violations.add(Violation.of(at + "item", "order.material.product", edit.item()));
    }
    if (edit.qtyPer() == null || edit.qtyPer().signum() <= 0) {
      violations.add(Violation.of(at + "qty_per", "value.positive", String.valueOf(edit.qtyPer())));
    } else {
      Decimals.check(at + "qty_per", edit.qtyPer()).ifPresent(violations::add);
    }
    BigDecimal scrap = edit.scrapPct() == null ? BigDecimal.ZERO : edit.scrapPct();
    if (scrap.signum() < 0 || scrap.compareTo(MAX_SCRAP) > 0) {
      violations.add(Violation.of(at + "scrap_pct", "value.range", scrap.toPlainString(), 0, 99));
    }
    int seq = edit.operationSeq() == null ? 0 : edit.operationSeq();
    if (seq != 0 && !seqs.contains(seq)) {
      violations.add(
          Violation.of(
              at + "operation_seq",
              "workReport.operation.unknown",
              String.valueOf(seq),
              order.order().number()));
    }
    if (edit.warehouse() != null && !OrderRules.isCode(edit.warehouse())) {
      violations.add(Violation.of(at + "warehouse", "order.code", edit.warehouse()));
    }
  }

  private static boolean sameStock(MaterialEdit edit, OrderMaterial before, Order order) {
    String warehouse = edit.warehouse() == null ? order.order().warehouse() : edit.warehouse();
    return before.item().equals(edit.item()) && before.warehouse().equals(warehouse);
  }

  /**
   * The order's materials as edited, sized for its quantity: lines kept keep what was issued, new
   * lines are numbered after the highest.
   */
  public static List<OrderMaterial> apply(
      List<MaterialEdit> edits, Order order, Predicate<String> discrete) {
    Map<Integer, OrderMaterial> current = byLine(order.materials());
    int next = order.materials().stream().mapToInt(OrderMaterial::line).max().orElse(0);
    int first = OrderCopy.firstOperation(order.operations());
    List<OrderMaterial> materials = new ArrayList<>();
    for (MaterialEdit edit : edits) {
      OrderMaterial before = edit.line() == null ? null : current.get(edit.line());
      int seq =
          edit.operationSeq() == null || edit.operationSeq() == 0 ? first : edit.operationSeq();
      OrderMaterial m =
          new OrderMaterial(
              before == null ? ++next : before.line(),
              edit.item(),
              edit.qtyPer(),
              Boolean.TRUE.equals(edit.perOrder()),
              edit.scrapPct() == null ? BigDecimal.ZERO : edit.scrapPct(),
              BigDecimal.ZERO,
              before == null ? BigDecimal.ZERO : before.issuedQty(),
              seq,
              edit.issueMethod() != null
                  ? edit.issueMethod()
                  : order.issueMethods().getOrDefault(edit.item(), IssueMethod.PICKING_LIST),
              edit.warehouse() == null ? order.order().warehouse() : edit.warehouse());
      materials.add(
          m.withRequired(OrderCopy.need(m, order.order().qty(), discrete.test(m.item()))));
    }
    return materials;
  }

  private static Map<Integer, OrderMaterial> byLine(List<OrderMaterial> materials) {
    Map<Integer, OrderMaterial> byLine = new HashMap<>();
    materials.forEach(m -> byLine.put(m.line(), m));
    return byLine;
  }
}
