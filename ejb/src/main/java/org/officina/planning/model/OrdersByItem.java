package org.officina.planning.model;

import java.util.Arrays;

/**
 * Each item's open orders and firm planned orders by due day, and its firm planned orders alone, as
 * indexes into the supplies. Items without any share one empty array.
 */
final class OrdersByItem {

  static final int[] NONE = new int[0];

  private final int[][] orders;
  private final int[][] firm;

  /** Indexes the supplies there are now: the open and firm planned orders, none planned yet. */
  OrdersByItem(Supplies supplies, int itemCount) {
    int[] count = new int[itemCount];
    for (int s = 0; s < supplies.size(); s++) {
      count[supplies.item(s)]++;
    }
    orders = new int[itemCount][];
    for (int i = 0; i < itemCount; i++) {
      orders[i] = count[i] == 0 ? NONE : new int[count[i]];
      count[i] = 0;
    }
    for (int s = 0; s < supplies.size(); s++) {
      int item = supplies.item(s);
      int at = count[item]++;
      while (at > 0 && supplies.dueDay(orders[item][at - 1]) > supplies.dueDay(s)) {
        orders[item][at] = orders[item][at - 1];
        at--;
      }
      orders[item][at] = s;
    }
    firm = new int[itemCount][];
    for (int i = 0; i < itemCount; i++) {
      firm[i] =
          orders[i].length == 0
              ? NONE
              : Arrays.stream(orders[i]).filter(supplies::firmPlanned).toArray();
    }
  }

  int[] of(int item) {
    return orders[item];
  }

  int[] firmOf(int item) {
    return firm[item];
  }
}
