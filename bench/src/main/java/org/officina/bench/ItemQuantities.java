package org.officina.bench;

import java.util.Arrays;

/**
 * Records of the open order and sales lines drawn before they are numbered: an item and its
 * quantity, each at the index add returned; the order of the lines is sorted apart, on keys that
 * end with that index.
 */
final class ItemQuantities {

  private int[] items = new int[1024];
  private double[] qtys = new double[1024];
  private int size;

  /** Adds a record and returns its index. */
  int add(int item, double qty) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
      qtys = Arrays.copyOf(qtys, size * 2);
    }
    items[size] = item;
    qtys[size] = qty;
    return size++;
  }

  int item(int index) {
    return items[index];
  }

  double qty(int index) {
    return qtys[index];
  }

  /** Sort keys of records, growing as they are added, sorted once all are. */
  static final class Keys {
    private long[] keys = new long[1024];
    private int size;

    void add(long key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = key;
    }

    long[] sorted() {
      long[] sorted = Arrays.copyOf(keys, size);
      Arrays.sort(sorted);
      return sorted;
    }
  }
}
