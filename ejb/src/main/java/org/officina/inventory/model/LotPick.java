package org.officina.inventory.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which stock an issue takes: first the lots named by whoever declared the issue, in their order,
 * then the others first in, first out: in the order their levels were first received, as they are
 * given; stock without a lot last. What no level covers is the shortfall.
 */
public final class LotPick {

  private LotPick() {}

  /** A quantity taken from one stock level. */
  public record Take(StockLevel.Key stock, BigDecimal qty) {}

  /** The stock taken, and what no stock could cover. */
  public record Picks(List<Take> takes, BigDecimal shortfall) {}

  /**
   * @param levels in the order they were first received
   */
  public static Picks of(List<StockLevel> levels, List<String> preferredLots, BigDecimal qty) {
    Comparator<StockLevel> order =
        Comparator.<StockLevel>comparingInt(l -> rank(l, preferredLots))
            .thenComparing(l -> l.lot() == null);
    List<Take> takes = new ArrayList<>();
    BigDecimal missing = qty;
    for (StockLevel level : levels.stream().sorted(order).toList()) {
      if (missing.signum() <= 0) {
        break;
      }
      BigDecimal take = missing.min(level.qty());
      if (take.signum() > 0) {
        takes.add(new Take(level.key(), take));
        missing = missing.subtract(take);
      }
    }
    return new Picks(List.copyOf(takes), missing.max(BigDecimal.ZERO));
  }

  private static int rank(StockLevel level, List<String> preferredLots) {
    int index = level.lot() == null ? -1 : preferredLots.indexOf(level.lot());
    return index < 0 ? preferredLots.size() : index;
  }
}
