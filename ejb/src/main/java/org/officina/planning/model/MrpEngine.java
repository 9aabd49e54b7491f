package org.officina.planning.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ProductStructure;
import org.officina.engineering.model.SupplyType;

/**
 * Regenerative MRP, the core of shared/design/MRP-SEMANTICS.md part 1: daily buckets from the
 * planning start, items netted level by level in low-level-code order, gross requirements from
 * independent demand and from the parents' planned releases, netting with safety stock, lot sizing,
 * lead-time offset (past-due releases in bucket 0), and the explosion of each planned release into
 * its components' requirements with scrap, discrete units rounded up. Plain Java: no container.
 */
public final class MrpEngine {

  private final LocalDate start;
  private final int horizon;

  /** A run that plans the days from start (bucket 0) up to, not including, start + horizon days. */
  public MrpEngine(LocalDate start, int horizonDays) {
    if (horizonDays < 1) {
      throw new IllegalArgumentException(
          "the horizon must be at least one day, not " + horizonDays);
    }
    this.start = start;
    this.horizon = horizonDays;
  }

  /**
   * Plans every item of the input.
   *
   * @throws BomCycleException if the bills hold a cycle: nothing is planned
   */
  public MrpResult plan(PlanningInput input) {
    ProductStructure structure = new ProductStructure(input.bom);
    structure
        .findCycle()
        .ifPresent(
            cycle -> {
              throw new BomCycleException(cycle);
            });
    Map<String, Integer> levels = structure.lowLevelCodes();
    Run run = new Run(input);
    List<String> order = new ArrayList<>(input.items.keySet());
    order.sort(
        Comparator.comparing((String item) -> levels.getOrDefault(item, 0))
            .thenComparing(item -> item));
    for (String item : order) {
      run.net(input.items.get(item), levels.getOrDefault(item, 0));
    }
    return new MrpResult(run.orders, run.records, run.beyondHorizon);
  }

  private int bucket(LocalDate date) {
    return (int) Math.max(0, ChronoUnit.DAYS.between(start, date));
  }

  /** One run's state: requirements waiting for their items, and what has been planned. */
  private final class Run {
    private final PlanningInput input;
    private final Explosion explosion;
    private final Map<String, Requirements> gross = new HashMap<>();
    private final Map<String, Requirements> receipts = new HashMap<>();
    private final long[] grossOf = new long[horizon];
    private final long[] receiptsOf = new long[horizon];
    private final Netting netting = new Netting(grossOf, receiptsOf);
    private final List<PlannedOrder> orders = new ArrayList<>();
    private final Map<String, CompactRecord> records = new HashMap<>();
    private long beyondHorizon;

    Run(PlanningInput input) {
      this.input = input;
      input.items.keySet().forEach(item -> gross.put(item, new Requirements()));
      this.explosion = new Explosion(input.bom, input.items, gross);
      input.demand.forEach(d -> add(gross, d));
      input.receipts.forEach(r -> add(receipts, r));
    }

    private void add(Map<String, Requirements> into, PlanningInput.Dated dated) {
      if (!input.items.containsKey(dated.item())) {
        throw new IllegalArgumentException("no item " + dated.item() + " for " + dated.reference());
      }
      int bucket = bucket(dated.date());
      if (bucket >= horizon) {
        beyondHorizon++;
        return;
      }
      into.computeIfAbsent(dated.item(), i -> new Requirements())
          .add(bucket, Micro.of(dated.qty()));
    }

    void net(ItemData item, int level) {
      fill(grossOf, gross.get(item.code()));
      gross.get(item.code()).release();
      fill(receiptsOf, receipts.remove(item.code()));
      netting.run(item, Micro.of(input.onHand.get(item.code())));
      for (int t = 0; t < horizon; t++) {
        if (netting.planned[t] > 0) {
          plan(item, t, netting.planned[t]);
        }
      }
      records.put(item.code(), netting.record(level));
    }

    private void fill(long[] buckets, Requirements values) {
      Arrays.fill(buckets, 0);
      if (values != null) {
        values.addInto(buckets);
      }
    }

    private void plan(ItemData item, int receiptBucket, long qty) {
      int lead = item.leadTimeDays() == null ? 0 : item.leadTimeDays();
      int release = receiptBucket - lead;
      LocalDate releaseDate = start.plusDays(release);
      orders.add(
          new PlannedOrder(
              item.code(),
              PlannedOrderType.of(item.supplyType()),
              Micro.decimal(qty),
              releaseDate,
              start.plusDays(receiptBucket),
              release < 0));
      if (item.supplyType() != SupplyType.BUY) {
        explosion.explode(item.code(), qty, releaseDate.toEpochDay(), Math.max(0, release));
      }
    }
  }

  /**
   * The netting of one item at a time over the horizon, in arrays reused from item to item: a run
   * over a large plant allocates them once.
   */
  private final class Netting {
    private final long[] gross;
    private final long[] receipts;
    private final long[] projected = new long[horizon];
    private final long[] net = new long[horizon];
    private final long[] planned = new long[horizon];
    private final long[] releases = new long[horizon];
    private ItemData item;
    private long onHand;

    Netting(long[] gross, long[] receipts) {
      this.gross = gross;
      this.receipts = receipts;
    }

    void run(ItemData item, long onHand) {
      this.item = item;
      this.onHand = onHand;
      long safety = Micro.of(item.safetyStock());
      long previous = onHand;
      for (int t = 0; t < horizon; t++) {
        long available = previous + receipts[t];
        net[t] = Math.max(0, gross[t] + safety - available);
        planned[t] =
            net[t] > 0 ? LotSizing.lot(item, net[t], t, gross, receipts, available, safety) : 0;
        projected[t] = available + planned[t] - gross[t];
        previous = projected[t];
      }
    }

    /** The buckets where something happens, kept compact: decimals only when a record is read. */
    CompactRecord record(int level) {
      int lead = item.leadTimeDays() == null ? 0 : item.leadTimeDays();
      Arrays.fill(releases, 0);
      for (int t = 0; t < horizon; t++) {
        releases[Math.max(0, t - lead)] += planned[t];
      }
      int count = 0;
      for (int t = 0; t < horizon; t++) {
        count += active(t) ? 1 : 0;
      }
      int[] buckets = new int[count];
      long[] values = new long[count * CompactRecord.COLUMNS];
      int k = 0;
      for (int t = 0; t < horizon; t++) {
        if (active(t)) {
          buckets[k] = t;
          int at = k++ * CompactRecord.COLUMNS;
          values[at] = gross[t];
          values[at + 1] = receipts[t];
          values[at + 2] = projected[t];
          values[at + 3] = net[t];
          values[at + 4] = planned[t];
          values[at + 5] = releases[t];
        }
      }
      return new CompactRecord(item.code(), level, onHand, buckets, values);
    }

    private boolean active(int t) {
      return gross[t] != 0
          || receipts[t] != 0
          || net[t] != 0
          || planned[t] != 0
          || releases[t] != 0;
    }
  }
}
