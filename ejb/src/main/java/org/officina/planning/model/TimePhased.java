package org.officina.planning.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An item's time-phased record rebuilt from what a run keeps: the gross requirements (the
 * quantities its supplies cover, on the dates they are needed), its open orders, and its planned
 * receipts and releases. Projected on hand and net requirements follow as netting computed them:
 * net is the shortage of a bucket before its planned receipts.
 */
final class TimePhased {

  private final long[] gross;
  private final long[] receipts;
  private final long[] planned;
  private final long[] releases;

  TimePhased(int horizon) {
    gross = new long[horizon];
    receipts = new long[horizon];
    planned = new long[horizon];
    releases = new long[horizon];
  }

  void gross(int bucket, long qty) {
    gross[bucket] += qty;
  }

  void receipt(int bucket, long qty) {
    receipts[bucket] += qty;
  }

  void planned(int receiptBucket, int releaseBucket, long qty) {
    planned[receiptBucket] += qty;
    releases[releaseBucket] += qty;
  }

  ItemRecord record(String item, int level, long onHand, long safety) {
    List<ItemRecord.Bucket> buckets = new ArrayList<>();
    long previous = onHand;
    for (int t = 0; t < gross.length; t++) {
      long available = previous + receipts[t];
      long net = Math.max(0, gross[t] + safety - available);
      long projected = available + planned[t] - gross[t];
      if (gross[t] != 0 || receipts[t] != 0 || net != 0 || planned[t] != 0 || releases[t] != 0) {
        buckets.add(
            new ItemRecord.Bucket(
                t,
                Micro.decimal(gross[t]),
                Micro.decimal(receipts[t]),
                Micro.decimal(projected),
                Micro.decimal(net),
                Micro.decimal(planned[t]),
                Micro.decimal(releases[t])));
      }
      previous = projected;
    }
    return new ItemRecord(item, level, Micro.decimal(onHand), buckets);
  }
}
