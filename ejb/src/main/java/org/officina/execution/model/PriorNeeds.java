package org.officina.execution.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Date-aware free stock: what an order may count on is the stock nobody reserved, less what the
 * open orders that start before it still need and have not reserved, so that an order due later
 * never takes what an earlier one is allocated, whichever is released first. MRP plans the same
 * way: allocations are demand on each order's start, covered in date order.
 */
public final class PriorNeeds {

  private PriorNeeds() {}

  /**
   * @param free the stock no other order reserved, by item
   * @param needs what each earlier order still needs, by order and item
   * @param reserved what each of those orders has reserved, by order and item
   * @return the free stock left for the order, by item, never below zero
   */
  public static Map<String, BigDecimal> leftAfter(
      Map<String, BigDecimal> free,
      Map<String, Map<String, BigDecimal>> needs,
      Map<String, Map<String, BigDecimal>> reserved) {
    Map<String, BigDecimal> left = new HashMap<>(free);
    needs.forEach(
        (order, items) ->
            items.forEach(
                (item, need) -> {
                  BigDecimal held =
                      reserved.getOrDefault(order, Map.of()).getOrDefault(item, BigDecimal.ZERO);
                  BigDecimal unreserved = need.subtract(held).max(BigDecimal.ZERO);
                  left.computeIfPresent(
                      item, (k, qty) -> qty.subtract(unreserved).max(BigDecimal.ZERO));
                }));
    return left;
  }
}
