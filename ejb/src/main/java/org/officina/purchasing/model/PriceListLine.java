package org.officina.purchasing.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line of price_lists.csv: a price list with one of its breaks, and whether its supplier is the
 * item's preferred one. The lines of one list (same supplier, item, operation and first day) repeat
 * its other columns, which must agree.
 */
public record PriceListLine(PriceList list, boolean preferred) {

  /** The lines of a file gathered into their lists, in the order they first appear. */
  public static List<PriceList> lists(List<PriceListLine> lines) {
    Map<PriceList.Key, List<PriceListLine>> byList = new LinkedHashMap<>();
    lines.forEach(l -> byList.computeIfAbsent(l.list().key(), k -> new ArrayList<>()).add(l));
    return byList.values().stream()
        .map(
            own ->
                own.get(0)
                    .list()
                    .withBreaks(own.stream().flatMap(l -> l.list().breaks().stream()).toList()))
        .toList();
  }

  /** The preferred supplier of each item a line marks so, the last such line winning. */
  public static Map<String, String> preferred(List<PriceListLine> lines) {
    Map<String, String> preferred = new LinkedHashMap<>();
    lines.stream()
        .filter(PriceListLine::preferred)
        .forEach(l -> preferred.put(l.list().item(), l.list().supplier()));
    return preferred;
  }

  /** Whether this line repeats the columns of the list as another of its lines gives them. */
  public boolean agreesWith(PriceListLine other) {
    PriceList a = list;
    PriceList b = other.list();
    return java.util.Objects.equals(a.currency(), b.currency())
        && java.util.Objects.equals(a.validTo(), b.validTo())
        && java.util.Objects.equals(a.leadTimeDays(), b.leadTimeDays())
        && same(a.minQty(), b.minQty())
        && same(a.multiple(), b.multiple());
  }

  private static boolean same(java.math.BigDecimal a, java.math.BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
