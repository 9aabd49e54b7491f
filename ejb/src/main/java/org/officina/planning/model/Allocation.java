package org.officina.planning.model;

/**
 * Pegs an item's supplies to its requirements, first come first served: stock on hand, then open
 * and planned orders by due day (open orders first on a day), to the requirements by bucket. What
 * is left covers the safety stock.
 */
final class Allocation {
  private final Requirements requirements;
  private final Pegging pegging;
  private final Supplies supplies;
  private final int startDay;
  private final int wanted;
  private int next;
  private long left;
  private long safetyLeft;

  /** Sorts the requirements by bucket; the safety stock is in millionths. */
  Allocation(
      Requirements requirements, Pegging pegging, Supplies supplies, int startDay, long safety) {
    this.requirements = requirements;
    this.pegging = pegging;
    this.supplies = supplies;
    this.startDay = startDay;
    requirements.sort();
    this.wanted = requirements.size();
    this.left = wanted > 0 ? requirements.qty(requirements.sorted(0)) : 0;
    this.safetyLeft = safety;
  }

  /** Pegs the item's stock, its open orders and its planned orders from first up to end. */
  void run(int item, long onHand, int[] open, int first, int end) {
    allocate(Pegging.onHand(item), onHand);
    int o = 0;
    int p = first;
    while (o < open.length || p < end) {
      boolean takeOpen =
          p == end
              || o < open.length && bucket(supplies.dueDay(open[o])) <= bucket(supplies.dueDay(p));
      int s = takeOpen ? open[o++] : p++;
      allocate(s, supplies.qty(s));
    }
  }

  private int bucket(int day) {
    return Math.max(0, day - startDay);
  }

  private void allocate(int supply, long qty) {
    long rest = qty;
    while (rest > 0 && next < wanted) {
      long take = Math.min(rest, left);
      if (take > 0) {
        pegging.link(supply, requirements.source(requirements.sorted(next)), take);
      }
      rest -= take;
      left -= take;
      if (left == 0 && ++next < wanted) {
        left = requirements.qty(requirements.sorted(next));
      }
    }
    if (rest > 0 && safetyLeft > 0) {
      long take = Math.min(rest, safetyLeft);
      pegging.link(supply, Pegging.SAFETY_STOCK, take);
      safetyLeft -= take;
    }
  }
}
