package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A supplier's prices (listino) for an item, or for one operation of the item's routing that a
 * subcontractor does, over a period: the unit price by quantity break, in a currency, with the
 * supplier's lead time and the least and the multiple it sells in.
 *
 * @param operation the routing operation a subcontractor prices, or null for the whole item
 * @param validTo the last day it holds, or null for open-ended
 * @param leadTimeDays the supplier's lead time in days, or null for the item's own
 * @param minQty the least quantity an order may ask, zero for none
 * @param multiple what an order's quantity is a multiple of, or null for any quantity
 * @param breaks from which quantity each unit price holds, by quantity
 */
public record PriceList(
    String supplier,
    String item,
    Integer operation,
    String currency,
    LocalDate validFrom,
    LocalDate validTo,
    Integer leadTimeDays,
    BigDecimal minQty,
    BigDecimal multiple,
    List<PriceBreak> breaks) {

  /** What names a price list: no two lists have the same. */
  public record Key(String supplier, String item, Integer operation, LocalDate validFrom) {}

  /** From this quantity on, this unit price. */
  public record PriceBreak(BigDecimal fromQty, BigDecimal unitPrice) {}

  public PriceList {
    minQty = minQty == null ? BigDecimal.ZERO : minQty;
    breaks =
        breaks == null
            ? List.of()
            : breaks.stream()
                .sorted(
                    Comparator.comparing(
                        PriceBreak::fromQty, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
  }

  /** The same list with these breaks. */
  public PriceList withBreaks(List<PriceBreak> others) {
    return new PriceList(
        supplier,
        item,
        operation,
        currency,
        validFrom,
        validTo,
        leadTimeDays,
        minQty,
        multiple,
        others);
  }

  public Key key() {
    return new Key(supplier, item, operation, validFrom);
  }

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /**
   * The quantity an order for what is needed must ask: at least the minimum, rounded up to the
   * multiple.
   */
  public BigDecimal orderable(BigDecimal needed) {
    BigDecimal qty = needed.max(minQty);
    if (multiple == null || multiple.signum() <= 0) {
      return qty;
    }
    return qty.divide(multiple, 0, RoundingMode.CEILING).multiply(multiple);
  }

  /** The unit price of an order of this quantity, or null below the first break. */
  public BigDecimal unitPrice(BigDecimal qty) {
    BigDecimal price = null;
    for (PriceBreak pb : breaks) {
      if (pb.fromQty().compareTo(qty) <= 0) {
        price = pb.unitPrice();
      }
    }
    return price;
  }
}
