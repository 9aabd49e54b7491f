package org.officina.integration.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.officina.engineering.model.BillRules;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ProductStructure;
import org.officina.engineering.model.RoutingOperation;
import org.officina.engineering.model.RoutingRules;
import org.officina.integration.model.Dataset.Lined;
import org.officina.integration.model.ExchangeFormat.Column;
import org.officina.shared.model.ImportError;

/**
 * The rules of bills of materials and routings in a dataset: what they refer to exists, a parent is
 * made or subcontracted, a component is not twice in a bill at once, an alternate replaces a
 * primary component, an operation named by a bill line or a sub-operation exists, and the bills of
 * the dataset together with those it leaves alone form no cycle.
 */
final class StructureRules {

  private final DatasetRules rules;
  private final Map<String, Set<Integer>> operations = new HashMap<>();

  StructureRules(DatasetRules rules) {
    this.rules = rules;
    operations.putAll(rules.catalog.operations());
    Set<String> routed = new HashSet<>();
    for (Lined<RoutingOperation> op : rules.dataset.routings) {
      if (routed.add(op.value().item())) {
        operations.put(op.value().item(), new HashSet<>());
      }
      operations.get(op.value().item()).add(op.value().seq());
    }
  }

  void check() {
    checkRoutings();
    Map<String, List<Lined<BomLine>>> bills = new HashMap<>();
    for (Lined<BomLine> line : rules.dataset.bom) {
      bills.computeIfAbsent(line.value().parent(), p -> new ArrayList<>()).add(line);
    }
    bills.values().forEach(this::checkBill);
    checkCycles(bills.keySet());
  }

  /** A bill of the dataset, checked by the rules every entry path shares. */
  private void checkBill(List<Lined<BomLine>> bill) {
    String parent = bill.get(0).value().parent();
    rules.requireItem(ExchangeFormat.BOM, bill.get(0).line(), Column.PARENT, parent);
    List<BomLine> lines = bill.stream().map(Lined::value).toList();
    Set<Integer> seqs = operations.getOrDefault(parent, Set.of());
    for (BillRules.Refusal refusal :
        BillRules.checkLines(lines, rules.items, seqs, i -> bill.get(i).line())) {
      rules.errors.accept(
          new ImportError(
              ExchangeFormat.BOM, bill.get(refusal.index()).line(), refusal.violation()));
    }
  }

  private void checkCycles(Set<String> parentsInDataset) {
    List<BomLine> structure = new ArrayList<>();
    rules.catalog.bom().stream()
        .filter(l -> !parentsInDataset.contains(l.parent()))
        .forEach(structure::add);
    Map<List<String>, Long> lineOfEdge = new HashMap<>();
    for (Lined<BomLine> line : rules.dataset.bom) {
      structure.add(line.value());
      lineOfEdge.putIfAbsent(List.of(line.value().parent(), line.value().component()), line.line());
    }
    Optional<List<String>> cycle = new ProductStructure(structure).findCycle();
    cycle.ifPresent(path -> reportCycle(path, lineOfEdge));
  }

  /**
   * Reports the cycle on the last line of the file among those that form it, the path starting at
   * that line's parent.
   */
  private void reportCycle(List<String> path, Map<List<String>, Long> lineOfEdge) {
    long line = 0;
    int closing = 0;
    for (int i = 0; i < path.size() - 1; i++) {
      long edge = lineOfEdge.getOrDefault(List.of(path.get(i), path.get(i + 1)), 0L);
      if (edge > line) {
        line = edge;
        closing = i;
      }
    }
    List<String> from = new ArrayList<>(path.subList(closing, path.size() - 1));
    from.addAll(path.subList(0, closing + 1));
    rules.error(ExchangeFormat.BOM, line, Column.COMPONENT, "bom.cycle", String.join(" → ", from));
  }

  private void checkRoutings() {
    Map<String, List<Lined<RoutingOperation>>> byItem = new java.util.LinkedHashMap<>();
    rules.dataset.routings.forEach(
        op -> byItem.computeIfAbsent(op.value().item(), k -> new ArrayList<>()).add(op));
    byItem.values().forEach(this::checkRouting);
    Set<String> billsInDataset = new HashSet<>();
    rules.dataset.bom.forEach(l -> billsInDataset.add(l.value().parent()));
    byItem.values().forEach(lines -> checkOperationsInUse(lines, billsInDataset));
  }

  /**
   * A routing replaced by the dataset must keep the operations that bills it leaves alone consume.
   */
  private void checkOperationsInUse(
      List<Lined<RoutingOperation>> lines, Set<String> billsInDataset) {
    String item = lines.get(0).value().item();
    if (billsInDataset.contains(item)) {
      return;
    }
    Set<Integer> seqs = new HashSet<>();
    lines.forEach(l -> seqs.add(l.value().seq()));
    for (BomLine line : rules.catalog.bom()) {
      if (line.parent().equals(item)
          && line.operationSeq() != 0
          && !seqs.contains(line.operationSeq())) {
        rules.error(
            ExchangeFormat.ROUTINGS,
            lines.get(0).line(),
            Column.SEQ,
            "routing.operationInUse",
            line.operationSeq(),
            line.component());
      }
    }
  }

  private void checkRouting(List<Lined<RoutingOperation>> lines) {
    rules.requireItem(
        ExchangeFormat.ROUTINGS, lines.get(0).line(), Column.ITEM, lines.get(0).value().item());
    List<RoutingOperation> operations = lines.stream().map(Lined::value).toList();
    for (RoutingRules.Refusal refusal :
        RoutingRules.check(operations, rules.workCenters, rules.tools, rules.suppliers)) {
      rules.errors.accept(
          new ImportError(
              ExchangeFormat.ROUTINGS, lines.get(refusal.index()).line(), refusal.violation()));
    }
  }
}
