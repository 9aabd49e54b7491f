package org.officina.planning.model;

import java.util.Arrays;
import org.officina.engineering.model.ItemData;

/**
 * The netting of one item at a time over the horizon (MRP-SEMANTICS.md part 1), in arrays reused
 * from item to item: a run over a large plant allocates them once. A receipt needed on a day that
 * is not a working day of the item's calendar is planned on the working day before.
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

  void run(ItemData item, long onHand, PlanningCalendar calendar) {
    Arrays.fill(planned, 0);
    long safety = Micro.of(item.safetyStock());
    long previous = onHand;
    for (int t = 0; t < horizon; t++) {
      long available = previous + receipts[t];
      net[t] = Math.max(0, gross[t] + safety - available);
      long lot =
          net[t] > 0 ? LotSizing.lot(item, net[t], t, gross, receipts, available, safety) : 0;
      if (lot > 0) {
        receiveOnWorkingDay(t, lot, calendar);
      }
      projected[t] = available + lot - gross[t];
      previous = projected[t];
    }
  }

  private void receiveOnWorkingDay(int t, long lot, PlanningCalendar calendar) {
    int due = calendar.onOrBefore(startDay + t);
    int bucket = Math.max(0, due - startDay);
    planned[bucket] += lot;
    dueDay[bucket] = due;
    for (int u = bucket; u < t; u++) {
      projected[u] += lot;
    }
  }
}
