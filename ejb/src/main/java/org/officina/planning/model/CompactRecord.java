package org.officina.planning.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An item's time-phased record as a run keeps it: the active buckets and, for each, gross,
 * scheduled receipts, projected on hand, net, planned receipt and planned release in millionths. A
 * run over a large plant holds one per item, so it holds no objects per bucket.
 */
final class CompactRecord {

  static final int COLUMNS = 6;

  private final String item;
  private final int level;
  private final long onHand;
  private final int[] buckets;
  private final long[] values;

  CompactRecord(String item, int level, long onHand, int[] buckets, long[] values) {
    this.item = item;
    this.level = level;
    this.onHand = onHand;
    this.buckets = buckets;
    this.values = values;
  }

  ItemRecord toRecord() {
    List<ItemRecord.Bucket> rows = new ArrayList<>(buckets.length);
    for (int k = 0; k < buckets.length; k++) {
      int at = k * COLUMNS;
      rows.add(
          new ItemRecord.Bucket(
              buckets[k],
              Micro.decimal(values[at]),
              Micro.decimal(values[at + 1]),
              Micro.decimal(values[at + 2]),
              Micro.decimal(values[at + 3]),
              Micro.decimal(values[at + 4]),
              Micro.decimal(values[at + 5])));
    }
    return new ItemRecord(item, level, Micro.decimal(onHand), rows);
  }
}
