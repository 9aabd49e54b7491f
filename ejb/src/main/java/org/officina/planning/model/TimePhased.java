package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * An item's time-phased record rebuilt from what a run keeps: the gross requirements (the
 * quantities its supplies cover, on the dates they are needed), its open orders, and its planned
 * receipts and releases. Projected on hand and net requirements follow as netting computed them:
 * net is the shortage of a bucket before its planned receipts.
 */
public final class TimePhased {

  /** A quantity on a date: a gross requirement or a scheduled receipt. */
  public record Dated(LocalDate date, BigDecimal qty) {}

  /** A planned order's receipt and release. */
  public record Planned(LocalDate release, LocalDate due, BigDecimal qty) {}

  /** A forecast on its date: as given, consumed by sales orders, and left as demand. */
  public record Forecast(
      LocalDate date, BigDecimal qty, BigDecimal consumed, BigDecimal remaining) {}

  /**
   * The record of an item from what a stored run kept: requirements and receipts on their dates,
   * planned orders; dates before the start fall in bucket 0, dates at or after the horizon's end
   * are left out.
   */
  public static ItemRecord of(
      String item,
      int level,
      LocalDate start,
      int horizon,
      BigDecimal onHand,
      BigDecimal safety,
      List<Dated> gross,
      List<Dated> receipts,
      List<Planned> planned,
      List<Forecast> forecasts) {
    TimePhased record = new TimePhased(horizon);
    for (Forecast f : forecasts) {
      record.at(
          start,
          f.date(),
          b ->
              record.forecast(
                  b, Micro.of(f.qty()), Micro.of(f.consumed()), Micro.of(f.remaining())));
    }
    for (Dated d : gross) {
      record.at(start, d.date(), b -> record.gross(b, Micro.of(d.qty())));
    }
    for (Dated d : receipts) {
      record.at(start, d.date(), b -> record.receipt(b, Micro.of(d.qty())));
    }
    for (Planned p : planned) {
      int release = (int) Math.max(0, ChronoUnit.DAYS.between(start, p.release()));
      record.at(start, p.due(), b -> record.planned(b, release, Micro.of(p.qty())));
    }
    return record.record(item, level, Micro.of(onHand), Micro.of(safety));
  }

  private void at(LocalDate start, LocalDate date, IntConsumer add) {
    long bucket = Math.max(0, ChronoUnit.DAYS.between(start, date));
    if (bucket < gross.length) {
      add.accept((int) bucket);
    }
  }

  private final long[] gross;
  private final long[] receipts;
  private final long[] planned;
  private final long[] releases;
  private final long[] forecast;
  private final long[] consumed;
  private final long[] remaining;

  TimePhased(int horizon) {
    gross = new long[horizon];
    receipts = new long[horizon];
    planned = new long[horizon];
    releases = new long[horizon];
    forecast = new long[horizon];
    consumed = new long[horizon];
    remaining = new long[horizon];
  }

  void forecast(int bucket, long qty, long consumedQty, long remainingQty) {
    forecast[bucket] += qty;
    consumed[bucket] += consumedQty;
    remaining[bucket] += remainingQty;
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
      if (gross[t] != 0
          || receipts[t] != 0
          || net != 0
          || planned[t] != 0
          || releases[t] != 0
          || forecast[t] != 0) {
        buckets.add(
            new ItemRecord.Bucket(
                t,
                Micro.decimal(gross[t]),
                Micro.decimal(receipts[t]),
                Micro.decimal(projected),
                Micro.decimal(net),
                Micro.decimal(planned[t]),
                Micro.decimal(releases[t]),
                Micro.decimal(forecast[t]),
                Micro.decimal(consumed[t]),
                Micro.decimal(remaining[t])));
      }
      previous = projected;
    }
    return new ItemRecord(item, level, Micro.decimal(onHand), buckets);
  }
}
