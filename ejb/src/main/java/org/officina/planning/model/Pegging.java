package org.officina.planning.model;

/**
 * Which supply covers which requirement, and how much: the links of a run, one level at a time. A
 * supply is a planned or open order (its index in {@link Supplies}) or an item's stock on hand; a
 * consumer is a demand, the release of a parent's supply (a dependent requirement) or the item's
 * safety stock. A supply's links are consecutive, so the chain up to the demands at the top is
 * walked without an index.
 */
final class Pegging {

  /** The consumer of the supply that stays in stock as safety stock. */
  static final int SAFETY_STOCK = Integer.MIN_VALUE;

  private final IntColumn consumer = new IntColumn(1024);
  private final LongColumn qty = new LongColumn(1024);
  private final IntColumn firstLink = new IntColumn(1024);
  private final IntColumn linkCount = new IntColumn(1024);
  private final int[] onHandFirst;
  private final int[] onHandCount;

  Pegging(int items) {
    onHandFirst = new int[items];
    onHandCount = new int[items];
  }

  /** A requirement's source or a link's consumer for a demand, by its index in the input. */
  static int demand(int index) {
    return -index - 1;
  }

  static boolean isDemand(int consumer) {
    return consumer < 0 && consumer != SAFETY_STOCK;
  }

  static int demandIndex(int consumer) {
    return -consumer - 1;
  }

  /** The supply side of a link from an item's stock on hand. */
  static int onHand(int item) {
    return -item - 1;
  }

  void link(int from, int to, long quantity) {
    int link = consumer.size();
    if (from < 0) {
      int item = -from - 1;
      if (onHandCount[item]++ == 0) {
        onHandFirst[item] = link;
      }
    } else {
      while (firstLink.size() <= from) {
        firstLink.add(0);
        linkCount.add(0);
      }
      if (linkCount.get(from) == 0) {
        firstLink.set(from, link);
      }
      linkCount.set(from, linkCount.get(from) + 1);
    }
    consumer.add(to);
    qty.add(quantity);
  }

  int size() {
    return consumer.size();
  }

  int consumer(int link) {
    return consumer.get(link);
  }

  long qty(int link) {
    return qty.get(link);
  }

  /** The first of a supply's links, which are consecutive. */
  int firstLink(int supply) {
    return supply < firstLink.size() ? firstLink.get(supply) : 0;
  }

  int linkCount(int supply) {
    return supply < linkCount.size() ? linkCount.get(supply) : 0;
  }

  /** The first of the links from an item's stock on hand, which are consecutive. */
  int onHandFirst(int item) {
    return onHandFirst[item];
  }

  int onHandCount(int item) {
    return onHandCount[item];
  }
}
