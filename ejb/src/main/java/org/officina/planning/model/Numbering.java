package org.officina.planning.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The numbers of a run's planned orders: each item's orders are numbered in a row, items in netting
 * order from the first number. A net-change run gives a re-planned item the live plan's numbers
 * back when its orders fit in them, so that what its parents' orders say covers them stays true
 * wherever the quantities did not change; an item with more orders than before gets a new row of
 * numbers after the live plan's.
 */
final class Numbering {

  private final MrpRun run;
  private final int next;
  private final boolean inSupplyOrder;
  private final int[] first;
  private final Integer[] byFirst;
  private final int end;

  /**
   * @param live the live plan's first number and count of each re-planned item's orders, by code
   * @param next the first number nobody uses
   */
  Numbering(MrpRun run, Map<String, int[]> live, int next) {
    this.run = run;
    this.next = next;
    this.inSupplyOrder = live.isEmpty();
    PlanItems items = run.items();
    first = new int[items.size()];
    int highest = next;
    int withOrders = 0;
    for (int item = 0; item < items.size(); item++) {
      int count = count(item);
      int[] range = live.get(items.code(item));
      if (items.kept(item)) {
        continue;
      } else if (range != null && count <= range[1]) {
        first[item] = range[0];
      } else {
        first[item] = highest;
        highest += count;
      }
      withOrders += count > 0 ? 1 : 0;
    }
    end = Math.max(highest, live.values().stream().mapToInt(r -> r[0] + r[1]).max().orElse(1));
    byFirst = new Integer[withOrders];
    int k = 0;
    for (int item = 0; item < items.size(); item++) {
      if (!items.kept(item) && count(item) > 0) {
        byFirst[k++] = item;
      }
    }
    Arrays.sort(byFirst, Comparator.comparingInt(item -> first[item]));
  }

  private int count(int item) {
    return run.plannedEnd(item) - run.plannedFirst(item);
  }

  /** The number of an item's first planned order. */
  int first(int item) {
    return first[item];
  }

  /**
   * The number of a planned order the run proposed, by its supply: without live numbers to give
   * back, the supplies' own order (a plant's millions of orders are numbered in the write's loop).
   */
  int number(int supply) {
    if (inSupplyOrder) {
      return supply - run.firstPlanned() + next;
    }
    int item = run.supplies().item(supply);
    return first[item] + supply - run.plannedFirst(item);
  }

  /** The supply of the planned order with this number, or -1 if the run proposed none. */
  int supply(int number) {
    if (inSupplyOrder) {
      int supply = number - next + run.firstPlanned();
      return supply >= run.firstPlanned() && supply < run.supplies().size() ? supply : -1;
    }
    int low = 0;
    int high = byFirst.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int item = byFirst[mid];
      if (number < first[item]) {
        high = mid - 1;
      } else if (number >= first[item] + count(item)) {
        low = mid + 1;
      } else {
        return run.plannedFirst(item) + number - first[item];
      }
    }
    return -1;
  }

  /** The number after the highest the run gave or kept. */
  int end() {
    return end;
  }
}
