package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.officina.shared.model.Violation;

/**
 * Firm planned BUY orders made into draft purchase orders: each priced by the price lists
 * (supplier, quantity to order and unit price), those of one supplier in one currency gathered into
 * one order with a line each by due date, and those no list fits left out with the reason, so that
 * a buyer can convert a whole proposal list in one step and see exactly what stayed behind.
 */
public final class PurchaseGrouping {

  /** A firm planned order to buy: its id, item, quantity and the day it is due. */
  public record Proposal(long id, String item, BigDecimal qty, LocalDate dueDate) {}

  /** A proposal no price list fits, and why. */
  public record Left(Proposal proposal, Violation reason) {}

  /** A draft order (not yet numbered) and the proposals its lines come from, line by line. */
  public record Draft(PurchaseOrder order, List<Proposal> sources) {}

  /** What a grouping made: the drafts, by supplier, and what it left out. */
  public record Result(List<Draft> drafts, List<Left> left) {}

  private PurchaseGrouping() {}

  /**
   * @param day the day the orders are made
   * @param quote who supplies a proposal and at what price, or why nobody can
   */
  public static Result group(
      List<Proposal> proposals, LocalDate day, Function<Proposal, SupplierChoice.Outcome> quote) {
    Map<List<String>, List<Map.Entry<Proposal, SupplierChoice.Quote>>> bySupplier =
        new LinkedHashMap<>();
    List<Left> left = new ArrayList<>();
    proposals.stream()
        .sorted(Comparator.comparing(Proposal::dueDate).thenComparing(Proposal::id))
        .forEach(
            p -> {
              SupplierChoice.Outcome outcome = quote.apply(p);
              if (outcome.quote() == null) {
                left.add(new Left(p, outcome.refusal()));
                return;
              }
              SupplierChoice.Quote q = outcome.quote();
              bySupplier
                  .computeIfAbsent(
                      List.of(q.supplier(), q.list().currency()), k -> new ArrayList<>())
                  .add(Map.entry(p, q));
            });
    List<Draft> drafts = new ArrayList<>();
    bySupplier.forEach(
        (key, priced) -> {
          List<PurchaseOrderLine> lines = new ArrayList<>();
          for (int k = 0; k < priced.size(); k++) {
            Proposal p = priced.get(k).getKey();
            SupplierChoice.Quote q = priced.get(k).getValue();
            lines.add(
                new PurchaseOrderLine(k + 1, p.item(), q.qty(), q.unitPrice(), p.dueDate(), null));
          }
          drafts.add(
              new Draft(
                  new PurchaseOrder(
                      null,
                      key.get(0),
                      key.get(1),
                      day,
                      BigDecimal.ZERO,
                      PurchaseOrderStatus.DRAFT,
                      lines),
                  priced.stream().map(Map.Entry::getKey).toList()));
        });
    drafts.sort(Comparator.comparing(d -> d.order().supplier()));
    return new Result(drafts, left);
  }
}
