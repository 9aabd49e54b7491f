package org.officina.planning.model;

/**
 * The pegging links read from the consumer's side: which supplies cover each demand, each planned
 * or firm order's dependent requirements and each item's safety stock. {@link Pegging} keeps a
 * supply's links together; this index groups them by consumer too (a counting sort), once, when a
 * run's result is written.
 */
final class Coverage {

  private final int supplyCount;
  private final int demandCount;
  private final int[] start;
  private final int[] links;
  private final int[] supplyOf;

  Coverage(Pegging pegging, Supplies supplies, int demands, int items) {
    supplyCount = supplies.size();
    demandCount = demands;
    supplyOf = new int[pegging.size()];
    for (int item = 0; item < items; item++) {
      int first = pegging.onHandFirst(item);
      for (int link = first; link < first + pegging.onHandCount(item); link++) {
        supplyOf[link] = Pegging.onHand(item);
      }
    }
    for (int s = 0; s < supplyCount; s++) {
      int first = pegging.firstLink(s);
      for (int link = first; link < first + pegging.linkCount(s); link++) {
        supplyOf[link] = s;
      }
    }
    int[] keys = new int[supplyOf.length];
    start = new int[supplyCount + demands + items + 1];
    for (int link = 0; link < keys.length; link++) {
      int supply = supplyOf[link];
      int item = supply < 0 ? -supply - 1 : supplies.item(supply);
      keys[link] = key(pegging.consumer(link), item);
      start[keys[link] + 1]++;
    }
    for (int key = 1; key < start.length; key++) {
      start[key] += start[key - 1];
    }
    links = new int[keys.length];
    int[] next = start.clone();
    for (int link = 0; link < keys.length; link++) {
      links[next[keys[link]]++] = link;
    }
  }

  /** Where a consumer's links are grouped: by supply index, then demands, then safety stocks. */
  private int key(int consumer, int item) {
    if (consumer == Pegging.SAFETY_STOCK) {
      return safetyStockKey(item);
    }
    return Pegging.isDemand(consumer) ? demandKey(Pegging.demandIndex(consumer)) : consumer;
  }

  int demandKey(int demand) {
    return supplyCount + demand;
  }

  int safetyStockKey(int item) {
    return supplyCount + demandCount + item;
  }

  /** The first position of a consumer's links, in {@link #link}. */
  int first(int key) {
    return start[key];
  }

  int end(int key) {
    return start[key + 1];
  }

  /** The link at a position. */
  int link(int position) {
    return links[position];
  }

  /** The supply of a link: its index in {@link Supplies}, or {@link Pegging#onHand} of an item. */
  int supplyOf(int link) {
    return supplyOf[link];
  }
}
