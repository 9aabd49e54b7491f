package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.officina.shared.model.Violation;

/**
 * Who supplies a quantity of an item ordered on a day, and at what price: among the price lists of
 * the item (or of one operation of its routing) that hold on that day, the preferred supplier's if
 * it has one; otherwise the lowest unit price for the quantity each would have to be ordered in,
 * then the shortest lead time, then the supplier's code, so that the same data always gives the
 * same choice. Prices in different currencies are not compared (there are no exchange rates to
 * compare them by): the item needs a preferred supplier then. When none fits, the reason says why,
 * in the terms a buyer would look for.
 */
public final class SupplierChoice {

  /** A supplier chosen: the list, the quantity to order (minimum and multiple) and its price. */
  public record Quote(PriceList list, BigDecimal qty, BigDecimal unitPrice) {
    public String supplier() {
      return list.supplier();
    }

    public BigDecimal amount() {
      return qty.multiply(unitPrice);
    }
  }

  /** A quote, or the reason there is none. */
  public record Outcome(Quote quote, Violation refusal) {
    public Optional<Quote> chosen() {
      return Optional.ofNullable(quote);
    }
  }

  private SupplierChoice() {}

  /**
   * @param lists the price lists of the item (all suppliers, all periods)
   * @param operation the routing operation to price, or null for the item itself
   * @param preferred the item's preferred supplier, or null
   */
  public static Outcome choose(
      String item,
      Integer operation,
      BigDecimal qty,
      LocalDate day,
      List<PriceList> lists,
      String preferred) {
    List<PriceList> forIt =
        lists.stream()
            .filter(l -> l.item().equals(item))
            .filter(
                l -> operation == null ? l.operation() == null : operation.equals(l.operation()))
            .toList();
    if (forIt.isEmpty()) {
      return operation == null
          ? refused("priceList.none", item)
          : refused("priceList.noneForOperation", item, operation);
    }
    List<PriceList> valid = forIt.stream().filter(l -> l.validOn(day)).toList();
    if (valid.isEmpty()) {
      return refused("priceList.notValid", item, day);
    }
    List<Quote> quotes =
        valid.stream()
            .map(l -> new Quote(l, l.orderable(qty), l.unitPrice(l.orderable(qty))))
            .filter(q -> q.unitPrice() != null)
            .toList();
    if (quotes.isEmpty()) {
      return refused("priceList.belowBreaks", item, qty);
    }
    Comparator<Quote> cheapest =
        Comparator.comparing(Quote::unitPrice)
            .thenComparing(q -> q.list().leadTimeDays(), Comparator.nullsLast(Integer::compare))
            .thenComparing(Quote::supplier);
    Optional<Quote> ofPreferred =
        quotes.stream().filter(q -> q.supplier().equals(preferred)).min(cheapest);
    if (ofPreferred.isPresent()) {
      return new Outcome(ofPreferred.get(), null);
    }
    List<String> currencies =
        quotes.stream().map(q -> q.list().currency()).distinct().sorted().toList();
    if (currencies.size() > 1) {
      return refused("priceList.currencies", item, String.join(", ", currencies));
    }
    return new Outcome(quotes.stream().min(cheapest).get(), null);
  }

  private static Outcome refused(String key, Object... args) {
    return new Outcome(null, Violation.of("supplier", key, args));
  }
}
