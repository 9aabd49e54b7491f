package org.officina.planning.model;

import java.util.Arrays;

/**
 * The requirements of the item being netted (bucket, quantity, source: a demand, or the parent's
 * supply whose release needs it), gathered when its turn comes: its own demand, and what its
 * parents' releases need of it through the bills. All its parents are planned by then. The arrays
 * are reused from item to item.
 */
final class Requirements {

  private final Bills bills;
  private final int startDay;
  private final int horizon;
  private final int[][] demandsOf;
  private final int[] demandBucket;
  private final long[] demandQty;
  private int size;
  private int[] bucket = new int[256];
  private long[] qty = new long[256];
  private int[] source = new int[256];
  private long[] sortKeys = new long[256];
  private int[] sorted = new int[256];

  /**
   * @param demandsOf each item's demands within the horizon, by their index in the input
   * @param demandBucket each demand's bucket
   * @param demandQty each demand's quantity in millionths
   */
  Requirements(
      Bills bills,
      int startDay,
      int horizon,
      int[][] demandsOf,
      int[] demandBucket,
      long[] demandQty) {
    this.bills = bills;
    this.startDay = startDay;
    this.horizon = horizon;
    this.demandsOf = demandsOf;
    this.demandBucket = demandBucket;
    this.demandQty = demandQty;
  }

  /** The supplies of a planned parent whose releases need its components. */
  interface ParentSupplies {
    /** Its firm planned orders, by due day; none for a bought item. */
    int[] firm(int parent);

    /** The first of its planned orders that explode, which are consecutive. */
    int firstExploding(int parent);

    /**
     * After its last planned order that explodes; the first for a bought item, which never does.
     */
    int endExploding(int parent);
  }

  /**
   * Gathers the item's requirements, demands first, then by parent in netting order, by the
   * parent's exploding supplies in their order (firm planned orders, then planned orders), and by
   * path.
   */
  int gather(int item, Supplies supplies, ParentSupplies parents) {
    size = 0;
    for (int d : demandsOf[item]) {
      add(demandBucket[d], demandQty[d], Pegging.demand(d));
    }
    Bills.Path[] paths = bills.pathsTo(item);
    for (int first = 0; first < paths.length; ) {
      int parent = paths[first].parent();
      int end = first + 1;
      while (end < paths.length && paths[end].parent() == parent) {
        end++;
      }
      for (int s : parents.firm(parent)) {
        explode(supplies, s, paths, first, end);
      }
      for (int s = parents.firstExploding(parent); s < parents.endExploding(parent); s++) {
        explode(supplies, s, paths, first, end);
      }
      first = end;
    }
    return size;
  }

  private void explode(Supplies supplies, int s, Bills.Path[] paths, int first, int end) {
    int release = supplies.releaseDay(s);
    int inBucket = Math.max(0, release - startDay);
    if (inBucket < horizon) {
      long qty = supplies.qty(s);
      for (int p = first; p < end; p++) {
        long need = bills.need(paths[p], qty, release);
        if (need >= 0) {
          add(inBucket, need, s);
        }
      }
    }
  }

  private void add(int inBucket, long quantity, int from) {
    if (size == bucket.length) {
      bucket = Arrays.copyOf(bucket, size * 2);
      qty = Arrays.copyOf(qty, size * 2);
      source = Arrays.copyOf(source, size * 2);
    }
    bucket[size] = inBucket;
    qty[size] = quantity;
    source[size++] = from;
  }

  /** Adds each gathered quantity into its bucket of the array. */
  void addInto(long[] perBucket) {
    for (int r = 0; r < size; r++) {
      perBucket[bucket[r]] += qty[r];
    }
  }

  /** Orders the gathered requirements by bucket, first gathered first within a bucket. */
  void sort() {
    if (sortKeys.length < size) {
      sortKeys = new long[bucket.length];
      sorted = new int[bucket.length];
    }
    for (int r = 0; r < size; r++) {
      sortKeys[r] = ((long) bucket[r] << 32) | r;
    }
    Arrays.sort(sortKeys, 0, size);
    for (int k = 0; k < size; k++) {
      sorted[k] = (int) sortKeys[k];
    }
  }

  int size() {
    return size;
  }

  /** The k-th requirement in bucket order, once sorted. */
  int sorted(int k) {
    return sorted[k];
  }

  long qty(int requirement) {
    return qty[requirement];
  }

  int source(int requirement) {
    return source[requirement];
  }
}
