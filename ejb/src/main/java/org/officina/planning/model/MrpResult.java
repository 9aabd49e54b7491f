package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a run planned: its planned orders with their pegging, its action messages, each item's
 * time-phased record (rebuilt when it is read), and how many input records fell at or after the
 * horizon's end and were left out. Reading the pegging is not thread-safe.
 */
public final class MrpResult {

  /**
   * What a planned order finally serves: demands by their reference, items' safety stock, and firm
   * planned orders (by reference) beyond their demand.
   */
  public record Pegs(List<String> demands, List<String> safetyStockOf, List<String> firmOrders) {

    public boolean isEmpty() {
      return demands.isEmpty() && safetyStockOf.isEmpty() && firmOrders.isEmpty();
    }
  }

  private final MrpRun run;
  private final Supplies supplies;
  private final Pegging pegging;
  private final int firstKept;
  private final int firstPlanned;
  private final Numbering numbering;
  private final Messages messages;
  private final PeggingReader peggingReader;

  MrpResult(MrpRun run) {
    this.run = run;
    this.supplies = run.supplies();
    this.pegging = run.pegging();
    this.firstKept = run.firstKept();
    this.firstPlanned = run.firstPlanned();
    this.numbering = run.numbering();
    this.messages = run.messages();
    this.peggingReader = new PeggingReader(run, numbering);
  }

  /** How many planned orders the run proposed (a net-change run: for the items it re-planned). */
  public int plannedOrderCount() {
    return supplies.size() - firstPlanned;
  }

  /**
   * The number of the k-th planned order the run proposed (0 .. count - 1), in planning order: by
   * item in netting order, then by due date. A regeneration numbers them 1 .. count.
   */
  public int plannedNumber(int k) {
    return numbering.number(firstPlanned + k);
  }

  /** The number after the highest the run gave, or kept from the live plan. */
  public int endNumber() {
    return numbering.end();
  }

  /** The planned order with this number, as the run numbered them. */
  public PlannedOrder plannedOrder(int number) {
    int s = peggingReader.supply(number);
    int item = supplies.item(s);
    int release = supplies.releaseDay(s);
    return new PlannedOrder(
        number,
        run.items().code(item),
        PlannedOrderType.of(run.items().data(item).supplyType()),
        Micro.decimal(supplies.qty(s)),
        LocalDate.ofEpochDay(release),
        LocalDate.ofEpochDay(supplies.dueDay(s)),
        release < run.parameters().start().toEpochDay());
  }

  public List<PlannedOrder> plannedOrders() {
    List<PlannedOrder> orders = new ArrayList<>(plannedOrderCount());
    for (int k = 0; k < plannedOrderCount(); k++) {
      orders.add(plannedOrder(plannedNumber(k)));
    }
    return orders;
  }

  /** How many planned orders the run kept from the live plan. */
  public int keptCount() {
    return firstPlanned - firstKept;
  }

  /** The number of a kept planned order (0 .. kept count - 1) in the live plan. */
  public int keptNumber(int index) {
    return supplies.keptNumber(firstKept + index);
  }

  /** The demands and safety stocks at the top of a planned order's pegging chain. */
  public Pegs peggedTo(int number) {
    return peggingReader.peggedTo(number);
  }

  /**
   * What a planned order covers one level up, each once: demands and parents' orders by their
   * reference, and {@code SAFETY_STOCK} for stock it leaves above the requirements.
   */
  public Set<String> directlyPeggedTo(int number) {
    return peggingReader.directlyPeggedTo(number);
  }

  /** Who looks after an item, or null for nobody in particular. */
  private String plannerOf(int item) {
    String planner = run.items().data(item).planner();
    return planner == null || planner.isEmpty() ? null : planner;
  }

  public int messageCount() {
    return messages.size();
  }

  /** The message with this index (0 .. count - 1), in the order the run gave them. */
  public ActionMessage message(int index) {
    int supply = messages.supply(index);
    return new ActionMessage(
        messages.type(index),
        run.items().code(messages.item(index)),
        supply == Messages.NO_SUPPLY ? null : peggingReader.supplyName(supply),
        LocalDate.ofEpochDay(messages.day(index)),
        LocalDate.ofEpochDay(messages.suggestedDay(index)),
        Micro.decimal(messages.qty(index)),
        plannerOf(messages.item(index)));
  }

  /**
   * Visits one end of a pegging link: its kind, its index and the link's quantity in millionths.
   * The index of a planned order is its number; of an open order, a firm planned order or a demand,
   * its position in the input's list of them; of stock and safety stock, the item's index.
   */
  @FunctionalInterface
  public interface EndVisitor {
    void visit(PegEnd kind, int index, long micro);
  }

  /** What a supply covers one level up: its consumers, in the order it covers them. */
  public void forEachConsumerOf(PegEnd supplyKind, int index, EndVisitor visitor) {
    peggingReader.forEachConsumerOf(supplyKind, index, visitor);
  }

  /**
   * What covers a consumer one level down: the supplies pegged to it. The first call indexes every
   * link by its consumer.
   */
  public void forEachSupplyOf(PegEnd consumerKind, int index, EndVisitor visitor) {
    peggingReader.forEachSupplyOf(consumerKind, index, visitor);
  }

  public int demandCount() {
    return run.demands().size();
  }

  public int openOrderCount() {
    return run.openOrderCount();
  }

  public int firmOrderCount() {
    return firstKept - run.openOrderCount();
  }

  /**
   * The number of the first planned order of an item the run planned: each item's orders are
   * numbered in a row.
   */
  public int firstPlannedNumber(int item) {
    return numbering.first(item);
  }

  /** How many items the run planned: all, or those a net-change run re-planned. */
  public int plannedItemCount() {
    int count = 0;
    for (int item = 0; item < itemCount(); item++) {
      count += planned(item) ? 1 : 0;
    }
    return count;
  }

  /** Whether the run planned the item, rather than keeping its orders from the live plan. */
  public boolean planned(int item) {
    return !run.items().kept(item);
  }

  /** The index of the item an end belongs to: a demand's, an order's, or the stock's item. */
  public int itemOf(PegEnd kind, int index) {
    return peggingReader.itemOf(kind, index);
  }

  public int plannedCount(int item) {
    return run.plannedEnd(item) - run.plannedFirst(item);
  }

  public int linkCount() {
    return pegging.size();
  }

  /** The code of the item with this index, as links and planned orders name items. */
  public String itemCode(int item) {
    return run.items().code(item);
  }

  /** The stock on hand of the item with this index when the run started, in millionths. */
  public long onHandMicro(int item) {
    return run.onHand(item);
  }

  public BigDecimal safetyStock(int item) {
    return run.items().data(item).safetyStock();
  }

  public int lowLevelCode(int item) {
    return run.items().level(item);
  }

  public int itemCount() {
    return run.items().size();
  }

  /** The index of a planned order's item. */
  public int plannedItem(int number) {
    return supplies.item(peggingReader.supply(number));
  }

  /** A quantity in millionths as plain decimal text (1.25, 20), as files and COPY want it. */
  public static String quantityText(long micro) {
    return Micro.decimal(micro).toPlainString();
  }

  public List<ActionMessage> messages() {
    List<ActionMessage> all = new ArrayList<>(messageCount());
    for (int index = 0; index < messageCount(); index++) {
      all.add(message(index));
    }
    return all;
  }

  /** The time-phased record of an item, if the run planned it. */
  public Optional<ItemRecord> record(String code) {
    int item = run.items().index(code);
    if (item < 0) {
      return Optional.empty();
    }
    TimePhased record = new TimePhased(run.parameters().horizonDays());
    addGross(record, pegging.onHandFirst(item), pegging.onHandCount(item));
    for (int s : run.openWithinHorizon(item)) {
      record.receipt(run.bucketOfDay(supplies.dueDay(s)), supplies.qty(s));
      addGross(record, pegging.firstLink(s), pegging.linkCount(s));
    }
    for (int s = run.plannedFirst(item); s < run.plannedEnd(item); s++) {
      record.planned(
          run.bucketOfDay(supplies.dueDay(s)),
          run.bucketOfDay(supplies.releaseDay(s)),
          supplies.qty(s));
      addGross(record, pegging.firstLink(s), pegging.linkCount(s));
    }
    run.forEachForecastOf(item, record::forecast);
    long safety = Micro.of(run.items().data(item).safetyStock());
    return Optional.of(record.record(code, run.items().level(item), run.onHand(item), safety));
  }

  private void addGross(TimePhased record, int first, int count) {
    for (int link = first; link < first + count; link++) {
      int consumer = pegging.consumer(link);
      if (consumer != Pegging.SAFETY_STOCK) {
        record.gross(run.bucketOf(consumer), pegging.qty(link));
      }
    }
  }

  /** What a run keeps of a forecast: what sales orders consumed of it, what is left as demand. */
  @FunctionalInterface
  public interface ForecastVisitor {
    void visit(int demand, int item, long consumed, long remaining);
  }

  /**
   * Visits the forecasts within the horizon of the items the run planned, by their index among the
   * demands, with quantities in millionths.
   */
  public void forEachForecast(ForecastVisitor visitor) {
    for (int d = 0; d < demandCount(); d++) {
      if (run.forecastWithinHorizon(d)) {
        int item = itemOf(PegEnd.DEMAND, d);
        if (planned(item)) {
          visitor.visit(
              d, item, run.demandQuantities().consumed(d), run.demandQuantities().remaining()[d]);
        }
      }
    }
  }

  public long beyondHorizon() {
    return run.beyondHorizon();
  }
}
