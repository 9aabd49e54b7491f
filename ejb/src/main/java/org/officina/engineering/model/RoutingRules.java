package org.officina.engineering.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.officina.shared.model.Decimals;

/**
 * The rules of one item's routing, whoever enters it (the import, the routing editor): operation
 * numbers once each, known work centers and tools, a sub-operation under an operation of the same
 * routing, times and overlap in range, and a subcontract cost only on an external operation, done
 * by a subcontractor. Each violation names the operation by its index in the list given and the
 * column as the exchange format names it.
 */
public final class RoutingRules {

  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final int MAX_SEQ = 99999;
  private static final int MAX_DESCRIPTION = 200;
  private static final int MAX_TOOLING = 400;
  private static final int MAX_FAMILY = 40;

  private RoutingRules() {}

  /** A violation of the operation at an index of the list checked. */
  public record Refusal(int index, org.officina.shared.model.Violation violation) {}

  /**
   * Checks the operations against the codes known; suppliers map each supplier's code to whether it
   * is a subcontractor.
   */
  public static List<Refusal> check(
      List<RoutingOperation> operations,
      Set<String> workCenters,
      Set<String> tools,
      Map<String, Boolean> suppliers) {
    List<Refusal> refusals = new ArrayList<>();
    Map<Integer, RoutingOperation> bySeq = new HashMap<>();
    Map<Integer, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < operations.size(); i++) {
      RoutingOperation op = operations.get(i);
      Integer first = firstIndex.putIfAbsent(op.seq(), i);
      if (first != null) {
        refusals.add(refusal(i, "seq", "routing.seqTwice", op.seq()));
      }
      bySeq.putIfAbsent(op.seq(), op);
    }
    for (int i = 0; i < operations.size(); i++) {
      checkOperation(i, operations.get(i), bySeq, workCenters, tools, suppliers, refusals);
    }
    return refusals;
  }

  private static void checkOperation(
      int i,
      RoutingOperation op,
      Map<Integer, RoutingOperation> bySeq,
      Set<String> workCenters,
      Set<String> tools,
      Map<String, Boolean> suppliers,
      List<Refusal> refusals) {
    if (op.seq() < 1 || op.seq() > MAX_SEQ) {
      refusals.add(refusal(i, "seq", "value.range", op.seq(), 1, MAX_SEQ));
    }
    if (op.workCenter() == null || op.workCenter().isEmpty()) {
      refusals.add(refusal(i, "work_center", "value.required"));
    } else if (!workCenters.contains(op.workCenter())) {
      refusals.add(refusal(i, "work_center", "workCenter.unknown", op.workCenter()));
    }
    if (op.description().length() > MAX_DESCRIPTION) {
      refusals.add(refusal(i, "description", "text.tooLong", MAX_DESCRIPTION));
    }
    if (String.join(";", op.tooling()).length() > MAX_TOOLING) {
      refusals.add(refusal(i, "tooling", "text.tooLong", MAX_TOOLING));
    }
    if (op.parentSeq() != null) {
      RoutingOperation parent = bySeq.get(op.parentSeq());
      if (parent == null || op.parentSeq() == op.seq()) {
        refusals.add(refusal(i, "parent_seq", "routing.parentSeq", op.parentSeq(), op.item()));
      } else if (parent.subOperation()) {
        refusals.add(refusal(i, "parent_seq", "routing.nestedSub", op.parentSeq(), op.item()));
      }
    }
    for (String tool : op.tooling()) {
      if (!tools.contains(tool)) {
        refusals.add(refusal(i, "tooling", "tool.unknown", tool));
      }
    }
    checkAlternates(i, op, workCenters, refusals);
    checkExternal(i, op, suppliers, refusals);
    if (op.overlapPct().signum() < 0 || op.overlapPct().compareTo(HUNDRED) > 0) {
      refusals.add(
          refusal(i, "overlap_pct", "value.range", op.overlapPct().toPlainString(), 0, 100));
    }
    checkMinutes(i, op, refusals);
  }

  /**
   * A setup family fits its column; an operation runs instead on known work centers other than its
   * own, and only when it is an operation of the floor (not external, not a sub-operation).
   */
  private static void checkAlternates(
      int i, RoutingOperation op, Set<String> workCenters, List<Refusal> refusals) {
    if (op.setupFamily() != null && op.setupFamily().length() > MAX_FAMILY) {
      refusals.add(refusal(i, "setup_family", "text.tooLong", MAX_FAMILY));
    }
    if (op.alternateWorkCenters().isEmpty()) {
      return;
    }
    if (String.join(";", op.alternateWorkCenters()).length() > MAX_TOOLING) {
      refusals.add(refusal(i, "alternate_work_centers", "text.tooLong", MAX_TOOLING));
    }
    if (op.external() || op.subOperation()) {
      refusals.add(refusal(i, "alternate_work_centers", "routing.alternateNotHere"));
    }
    for (String center : op.alternateWorkCenters()) {
      if (center.equals(op.workCenter())) {
        refusals.add(refusal(i, "alternate_work_centers", "routing.alternateOwn", center));
      } else if (!workCenters.contains(center)) {
        refusals.add(refusal(i, "alternate_work_centers", "workCenter.unknown", center));
      }
    }
  }

  private static void checkExternal(
      int i, RoutingOperation op, Map<String, Boolean> suppliers, List<Refusal> refusals) {
    if (op.subcontractor() == null) {
      if (op.subcontractCost() != null) {
        refusals.add(refusal(i, "subcontract_cost", "routing.costWithoutSubcontractor"));
      }
      return;
    }
    Boolean subcontractor = suppliers.get(op.subcontractor());
    if (subcontractor == null) {
      refusals.add(refusal(i, "subcontractor", "supplier.unknown", op.subcontractor()));
    } else if (!subcontractor) {
      refusals.add(refusal(i, "subcontractor", "supplier.notSubcontractor", op.subcontractor()));
    }
    if (op.subcontractCost() != null) {
      if (op.subcontractCost().signum() < 0) {
        refusals.add(
            refusal(i, "subcontract_cost", "value.negative", op.subcontractCost().toPlainString()));
      }
      Decimals.check("subcontract_cost", op.subcontractCost())
          .ifPresent(v -> refusals.add(new Refusal(i, v)));
    }
  }

  private static void checkMinutes(int i, RoutingOperation op, List<Refusal> refusals) {
    Map<String, BigDecimal> minutes = new java.util.LinkedHashMap<>();
    minutes.put("setup_minutes", op.setupMinutes());
    minutes.put("run_minutes", op.runMinutes());
    minutes.put("labour_minutes", op.labourMinutes());
    minutes.put("fixed_minutes", op.fixedMinutes());
    minutes.put("queue_minutes", op.queueMinutes());
    minutes.put("move_minutes", op.moveMinutes());
    minutes.forEach(
        (column, value) -> {
          if (value == null || value.signum() < 0) {
            refusals.add(refusal(i, column, "value.negative", String.valueOf(value)));
          } else {
            Decimals.check(column, value).ifPresent(v -> refusals.add(new Refusal(i, v)));
          }
        });
  }

  private static Refusal refusal(int index, String column, String key, Object... args) {
    return new Refusal(index, org.officina.shared.model.Violation.of(column, key, args));
  }
}
