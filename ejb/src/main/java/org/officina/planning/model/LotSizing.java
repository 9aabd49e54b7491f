package org.officina.planning.model;

import org.officina.engineering.model.ItemData;

/**
 * The quantity of a planned receipt for a net requirement, by the item's lot rule: lot for lot,
 * fixed order quantity (whole lots), minimum and multiple, or period order quantity (the next
 * periods' requirements at once).
 */
final class LotSizing {

  private LotSizing() {}

  /**
   * The receipt that covers net in bucket t. For a period order quantity: the gross requirements of
   * t .. t+P-1 less the receipts of t+1 .. t+P-1, plus safety stock, less what is available in t;
   * never less than net.
   */
  static long lot(
      ItemData item, long net, int t, long[] gross, long[] receipts, long available, long safety) {
    switch (item.lotRule()) {
      case FOQ:
        return Micro.multipleUp(net, Micro.of(item.lotQty()));
      case MIN_MULT:
        long atLeast = Math.max(net, Micro.of(item.lotMin()));
        long multiple = Micro.of(item.lotMultiple());
        return multiple > 0 ? Micro.multipleUp(atLeast, multiple) : atLeast;
      case POQ:
        return Math.max(
            net, periodNeed(item.lotPeriods(), t, gross, receipts) + safety - available);
      default:
        return net;
    }
  }

  private static long periodNeed(int periods, int t, long[] gross, long[] receipts) {
    long need = gross[t];
    for (int u = t + 1; u < Math.min(gross.length, t + periods); u++) {
      need += gross[u] - receipts[u];
    }
    return need;
  }
}
