package org.officina.planning.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How the sales orders of one item consume its forecasts, so that the same expected demand is not
 * counted twice once customers order it. Each sales order, earliest first, consumes the forecasts
 * dated up to the backward window before it, latest first, then those dated up to the forward
 * window after it, earliest first. Then what is left of a forecast dated before the start has
 * expired, and what is left inside the demand time fence is not counted: there only sales orders
 * (and allocations) are demand. Without a window (null), forecasts are not consumed; a forecast is
 * then demand in full, as sales orders are.
 */
final class ForecastConsumption {

  /** The demands of one item: the kind, day and quantity (millionths) of each. */
  record Demands(DemandKind[] kind, int[] day, long[] qty) {}

  /**
   * What is consumed of each forecast, and what is left of it as demand (a sales order or an
   * allocation is left whole).
   */
  record Result(long[] consumed, long[] remaining) {}

  private ForecastConsumption() {}

  /**
   * @param backward days before a sales order whose forecasts it consumes, null for none at all
   * @param forward days after it whose forecasts it consumes next
   * @param startDay the first day planned: forecasts before it have expired
   * @param fenceDay the first day outside the demand time fence (the start when there is none)
   */
  static Result consume(
      Demands demands, Integer backward, Integer forward, int startDay, int fenceDay) {
    int count = demands.qty().length;
    long[] consumed = new long[count];
    long[] remaining = demands.qty().clone();
    if (backward != null || forward != null) {
      int back = backward == null ? 0 : backward;
      int ahead = forward == null ? 0 : forward;
      Integer[] forecasts = indices(demands, DemandKind.FORECAST);
      for (int s : indices(demands, DemandKind.SALES)) {
        long left = demands.qty()[s];
        int day = demands.day()[s];
        for (int k = forecasts.length - 1; k >= 0 && left > 0; k--) {
          int f = forecasts[k];
          if (demands.day()[f] <= day && demands.day()[f] >= day - back) {
            left -= take(f, left, consumed, remaining);
          }
        }
        for (int k = 0; k < forecasts.length && left > 0; k++) {
          int f = forecasts[k];
          if (demands.day()[f] > day && demands.day()[f] <= day + ahead) {
            left -= take(f, left, consumed, remaining);
          }
        }
      }
    }
    for (int d = 0; d < count; d++) {
      boolean forecast = demands.kind()[d] == DemandKind.FORECAST;
      if (forecast && (demands.day()[d] < startDay || demands.day()[d] < fenceDay)) {
        remaining[d] = 0;
      }
    }
    return new Result(consumed, remaining);
  }

  private static long take(int forecast, long wanted, long[] consumed, long[] remaining) {
    long taken = Math.min(wanted, remaining[forecast]);
    consumed[forecast] += taken;
    remaining[forecast] -= taken;
    return taken;
  }

  /** The demands of a kind by day, then in the order given. */
  private static Integer[] indices(Demands demands, DemandKind kind) {
    Integer[] found =
        IntStream.range(0, demands.qty().length)
            .filter(d -> demands.kind()[d] == kind)
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(
        found, Comparator.comparingInt((Integer d) -> demands.day()[d]).thenComparing(d -> d));
    return found;
  }
}
