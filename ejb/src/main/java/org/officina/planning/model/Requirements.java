package org.officina.planning.model;

import java.util.Arrays;

/**
 * Quantities by bucket waiting for their item to be netted, as two growing primitive arrays: a
 * large plant has millions of them, which boxed maps would turn into millions of objects.
 */
final class Requirements {

  private int[] buckets = new int[4];
  private long[] quantities = new long[4];
  private int size;

  void add(int bucket, long qty) {
    if (size == buckets.length) {
      buckets = Arrays.copyOf(buckets, Math.max(4, size * 2));
      quantities = Arrays.copyOf(quantities, Math.max(4, size * 2));
    }
    buckets[size] = bucket;
    quantities[size++] = qty;
  }

  /** Forgets the quantities once their item is netted: nothing is added to it after that. */
  void release() {
    buckets = new int[0];
    quantities = new long[0];
    size = 0;
  }

  /** Adds every quantity into its bucket of the array. */
  void addInto(long[] perBucket) {
    for (int i = 0; i < size; i++) {
      perBucket[buckets[i]] += quantities[i];
    }
  }
}
