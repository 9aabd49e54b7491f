package org.officina.planning.model;

import java.util.Arrays;
import org.officina.engineering.model.ItemData;

/**
 * The netting of one item at a time over the horizon (MRP-SEMANTICS.md part 1), in arrays reused
 * from item to item: a run over a large plant allocates them once. A receipt needed on a day that
 * is not a working day of the item's calendar is planned on the working day before, never inside
 * the planning time fence.
 */
final class Netting {

  final long[] gross;
  final long[] receipts;
  final long[] projected;
  final long[] net;
  final long[] planned;

  /** The day each planned receipt is due: its bucket's day, or a working day before the start. */
  final int[] dueDay;

  private final int startDay;
  private final int horizon;

  Netting(int startDay, int horizon) {
    this.startDay = startDay;
    this.horizon = horizon;
    gross = new long[horizon];
    receipts = new long[horizon];
    projected = new long[horizon];
    net = new long[horizon];
    planned = new long[horizon];
    dueDay = new int[horizon];
  }

  void clear() {
    Arrays.fill(gross, 0);
    Arrays.fill(receipts, 0);
  }

  /** The first bucket short inside the planning time fence (-1: none), and the largest shortage. */
  int shortBucket;

  long shortage;

  /**
   * Nets the item, protecting the stock level given (its safety stock, or its reorder point).
   * Inside the planning time fence (the buckets before fence, a working day) no order is proposed:
   * a shortage there stays, projected on hand may fall below zero, and the first receipt that makes
   * it up is due on the fence.
   */
  void run(ItemData item, long onHand, long safety, PlanningCalendar calendar, int fence) {
    Arrays.fill(planned, 0);
    shortBucket = -1;
    shortage = 0;
    long previous = onHand;
    for (int t = 0; t < horizon; t++) {
      long available = previous + receipts[t];
      net[t] = Math.max(0, gross[t] + safety - available);
      long lot = 0;
      if (net[t] > 0 && t < fence) {
        shortBucket = shortBucket < 0 ? t : shortBucket;
        shortage = Math.max(shortage, net[t]);
      } else if (net[t] > 0) {
        lot = LotSizing.lot(item, net[t], t, gross, receipts, available, safety);
      }
      if (lot > 0) {
        receiveOnWorkingDay(t, lot, calendar, fence);
      }
      projected[t] = available + lot - gross[t];
      previous = projected[t];
    }
  }

  private void receiveOnWorkingDay(int t, long lot, PlanningCalendar calendar, int fence) {
    int due = Math.max(calendar.onOrBefore(startDay + t), startDay + fence);
    int bucket = Math.max(0, due - startDay);
    planned[bucket] += lot;
    dueDay[bucket] = due;
    for (int u = bucket; u < t; u++) {
      projected[u] += lot;
    }
  }
}
