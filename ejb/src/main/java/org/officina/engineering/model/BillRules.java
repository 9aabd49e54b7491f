package org.officina.engineering.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;
import org.officina.shared.model.Decimals;
import org.officina.shared.model.Violation;

/**
 * The rules a bill of materials edited by a person must keep: known components, positive quantities
 * that fit the database, sensible scrap, dates and priorities, no component twice at once,
 * alternates of a primary component, operations of the parent's routing, and no cycle through the
 * other bills. A bought item may keep a bill (it was made once, or will be): MRP plans by supply
 * type. Violations name the line as {@code lines[i].column}, counting from 1.
 */
public final class BillRules {

  private static final BigDecimal MAX_SCRAP = new BigDecimal("99");

  private BillRules() {}

  /** A violation of the line at an index of the list checked, its field the column's name. */
  public record Refusal(int index, Violation violation) {}

  public static List<Violation> check(
      String parent,
      List<BomLine> lines,
      Map<String, ItemKind> items,
      Collection<BomLine> otherBills,
      Collection<Integer> operations) {
    List<Violation> violations = new ArrayList<>();
    for (Refusal refusal : checkLines(lines, items, operations, i -> i + 1)) {
      Violation v = refusal.violation();
      violations.add(
          new Violation("lines[" + (refusal.index() + 1) + "]." + v.field(), v.key(), v.args()));
    }
    List<BomLine> structure = new ArrayList<>(otherBills);
    structure.removeIf(l -> l.parent().equals(parent));
    structure.addAll(lines);
    new ProductStructure(structure)
        .findCycle()
        .ifPresent(
            path -> violations.add(Violation.of("lines", "bom.cycle", fromParent(path, parent))));
    return violations;
  }

  /**
   * The rules of one bill's lines, without the cycle (which spans bills): each refusal names the
   * line by its index; lineOf tells how a message names another line (its position, its file line).
   */
  public static List<Refusal> checkLines(
      List<BomLine> lines,
      Map<String, ItemKind> items,
      Collection<Integer> operations,
      IntToLongFunction lineOf) {
    List<Refusal> refusals = new ArrayList<>();
    Set<String> primaries = new HashSet<>();
    lines.stream().filter(l -> !l.alternate()).forEach(l -> primaries.add(l.component()));
    for (int i = 0; i < lines.size(); i++) {
      List<Violation> violations = new ArrayList<>();
      checkLine(i, lines, items, primaries, operations, lineOf, violations);
      for (Violation violation : violations) {
        refusals.add(new Refusal(i, violation));
      }
    }
    return refusals;
  }

  /** The cycle's path told from the parent being edited, which closes it. */
  private static String fromParent(List<String> path, String parent) {
    int start = Math.max(0, path.subList(0, path.size() - 1).indexOf(parent));
    List<String> from = new ArrayList<>(path.subList(start, path.size() - 1));
    from.addAll(path.subList(0, start + 1));
    return String.join(" → ", from);
  }

  private static void checkLine(
      int i,
      List<BomLine> lines,
      Map<String, ItemKind> items,
      Set<String> primaries,
      Collection<Integer> operations,
      IntToLongFunction lineOf,
      List<Violation> violations) {
    BomLine line = lines.get(i);
    if (!items.containsKey(line.component())) {
      violations.add(Violation.of("component", "item.notFound", line.component()));
    }
    if (line.qtyPer() == null || line.qtyPer().signum() <= 0) {
      violations.add(Violation.of("qty_per", "value.positive", String.valueOf(line.qtyPer())));
    } else {
      Decimals.check("qty_per", line.qtyPer()).ifPresent(violations::add);
    }
    if (line.priority() < 1 || line.priority() > 99) {
      violations.add(Violation.of("priority", "value.range", line.priority(), 1, 99));
    }
    if (line.scrapPct().signum() < 0 || line.scrapPct().compareTo(MAX_SCRAP) > 0) {
      violations.add(
          Violation.of("scrap_pct", "value.range", line.scrapPct().toPlainString(), 0, 99));
    }
    if (line.validFrom() != null
        && line.validTo() != null
        && line.validTo().isBefore(line.validFrom())) {
      violations.add(
          Violation.of("valid_to", "bom.validTo.beforeFrom", line.validTo(), line.validFrom()));
    }
    for (int j = 0; j < i; j++) {
      BomLine other = lines.get(j);
      if (other.component().equals(line.component())
          && other.alternate() == line.alternate()
          && other.overlaps(line)) {
        violations.add(
            Violation.of(
                "component", "bom.sameComponent", line.component(), lineOf.applyAsLong(j)));
        break;
      }
    }
    if (line.alternate() && !primaries.contains(line.alternateFor())) {
      violations.add(
          Violation.of(
              "alternate_for", "bom.alternateOfNothing", line.alternateFor(), line.parent()));
    }
    if (line.operationSeq() != 0 && !operations.contains(line.operationSeq())) {
      violations.add(
          Violation.of("operation_seq", "bom.noOperation", line.parent(), line.operationSeq()));
    }
  }
}
