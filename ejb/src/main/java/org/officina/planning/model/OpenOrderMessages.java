package org.officina.planning.model;

import java.math.BigDecimal;
import org.officina.engineering.model.PlanningPolicy;

/**
 * The action messages for an item's open orders, which MRP never changes: each order is matched
 * against the requirements that the stock above safety stock leaves uncovered, in date order, as if
 * no order were planned. An order needed earlier than due (beyond the late tolerance) is to be
 * expedited, one needed later (beyond the early tolerance) deferred, one needed only in part
 * decreased, one not needed cancelled, an overdue one reported past due; a planned order due near
 * an open order suggests increasing that order instead. An item's own tolerances (days early, days
 * late) replace the run's; its quantity tolerance spares an order a decrease, or an increase, of no
 * more than that share of its quantity.
 */
final class OpenOrderMessages {

  private final MrpParameters parameters;
  private final int startDay;
  private final Supplies supplies;
  private final Messages messages;

  /** The tolerances of the item being checked: its own, or the run's. */
  private int early;

  private int late;
  private BigDecimal tolerancePct;

  OpenOrderMessages(MrpParameters parameters, Supplies supplies, Messages messages) {
    this.parameters = parameters;
    this.startDay = (int) parameters.start().toEpochDay();
    this.supplies = supplies;
    this.messages = messages;
  }

  /**
   * @param open the item's open orders within the horizon, by due day
   * @param gross the item's gross requirements by bucket
   */
  void check(
      int item,
      int[] open,
      long[] gross,
      long onHand,
      long safety,
      Planned planned,
      PlanningPolicy policy) {
    if (open.length == 0) {
      return;
    }
    early =
        policy.earlyToleranceDays() == null
            ? parameters.earlyToleranceDays()
            : policy.earlyToleranceDays();
    late =
        policy.lateToleranceDays() == null
            ? parameters.lateToleranceDays()
            : policy.lateToleranceDays();
    tolerancePct = policy.quantityTolerancePct();
    Uncovered uncovered = new Uncovered(gross, safety - onHand);
    uncovered.cover(onHand - safety);
    for (int s : open) {
      int needBucket = uncovered.next();
      judge(item, s, needBucket, uncovered.cover(supplies.qty(s)));
    }
    increases(item, open, planned);
  }

  /** Whether a quantity is within the item's quantity tolerance of an order of qty. */
  private boolean tolerated(long difference, long qty) {
    return tolerancePct != null
        && BigDecimal.valueOf(difference)
                .multiply(BigDecimal.valueOf(100))
                .compareTo(tolerancePct.multiply(BigDecimal.valueOf(qty)))
            <= 0;
  }

  private void judge(int item, int s, int needBucket, long covered) {
    int due = supplies.dueDay(s);
    long qty = supplies.qty(s);
    if (covered == 0) {
      add(MessageType.CANCEL, item, s, due, due, qty);
      return;
    }
    int needDay = startDay + needBucket;
    if (due < startDay) {
      add(MessageType.PAST_DUE, item, s, due, needDay, qty);
    } else if (due - needDay > late) {
      add(MessageType.EXPEDITE, item, s, due, needDay, qty);
    } else if (needDay - due > early) {
      add(MessageType.DEFER, item, s, due, needDay, qty);
    }
    if (covered < qty && !tolerated(qty - covered, qty)) {
      add(MessageType.DECREASE, item, s, due, due, qty - covered);
    }
  }

  private void increases(int item, int[] open, Planned planned) {
    for (int p = planned.first(); p < planned.end(); p++) {
      int due = supplies.dueDay(p);
      for (int s : open) {
        int sooner = supplies.dueDay(s) - due;
        int later = due - supplies.dueDay(s);
        if (sooner <= early && later <= late) {
          if (!tolerated(supplies.qty(p), supplies.qty(s))) {
            add(MessageType.INCREASE, item, s, supplies.dueDay(s), due, supplies.qty(p));
          }
          break;
        }
      }
    }
  }

  private void add(MessageType type, int item, int s, int day, int suggested, long qty) {
    messages.add(type, item, s, day, suggested, qty);
  }

  /** The requirements not covered yet, in bucket order; a safety stock deficit is due at once. */
  private static final class Uncovered {
    private final long[] need;
    private int cursor;

    Uncovered(long[] gross, long deficit) {
      need = gross.clone();
      need[0] += Math.max(0, deficit);
    }

    /** The bucket of the first requirement still uncovered (the horizon's length: none). */
    int next() {
      while (cursor < need.length && need[cursor] == 0) {
        cursor++;
      }
      return cursor;
    }

    /** Covers requirements in order with up to qty, and tells how much was used. */
    long cover(long qty) {
      long covered = 0;
      while (covered < qty && next() < need.length) {
        long take = Math.min(qty - covered, need[cursor]);
        need[cursor] -= take;
        covered += take;
      }
      return covered;
    }
  }

  /** The planned orders of the item: consecutive supplies. */
  record Planned(int first, int end) {}
}
