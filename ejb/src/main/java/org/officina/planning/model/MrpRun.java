package org.officina.planning.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.SupplyType;

/**
 * One run's state while items are planned one by one in low-level-code order: the requirements
 * waiting for their items, the supplies (open orders first, then planned orders), the pegging and
 * the messages. Planning an item nets it, proposes its planned orders, explodes its releases into
 * its components' requirements, pegs its supplies to its requirements and checks its open orders.
 */
final class MrpRun implements Requirements.ParentSupplies {

  private final MrpParameters parameters;
  private final PlanningInput input;
  private final PlanItems items;
  private final int startDay;
  private final int horizon;
  private final Requirements requirements;
  private final long[] onHand;
  private final OrdersByItem ordersOf;
  private final Supplies supplies = new Supplies();
  private final int firstKept;
  private final int firstPlanned;
  private final Pegging pegging;
  private final int[] plannedFirst;
  private final int[] plannedEnd;
  private final Messages messages;
  private final Bills bills;
  private final Netting netting;
  private final OpenOrderMessages openOrderMessages;
  private final ItemMessages itemMessages;
  private long beyondHorizon;

  /** What each demand counts for once the options, forecast consumption and fences apply. */
  private DemandQuantities demands;

  /** The open orders, by their index among the supplies, that the run does not count. */
  private boolean[] ignoredOpen;

  MrpRun(MrpParameters parameters, PlanningInput input, PlanItems items) {
    this.parameters = parameters;
    this.input = input;
    this.items = items;
    this.startDay = (int) parameters.start().toEpochDay();
    this.horizon = parameters.horizonDays();
    pegging = new Pegging(items.size());
    plannedFirst = new int[items.size()];
    plannedEnd = new int[items.size()];
    bills = new Bills(input.bom, items);
    netting = new Netting(startDay, horizon);
    messages = new Messages(parameters.suppressedMessages());
    openOrderMessages = new OpenOrderMessages(parameters, supplies, messages);
    itemMessages =
        new ItemMessages(messages, supplies, items, bills, input.lastWorkCenter, startDay, horizon);
    onHand = new long[items.size()];
    if (parameters.options().counts(MrpSource.STOCK)) {
      input.onHand.forEach((item, qty) -> onHand[indexOf(item, "stock")] += Micro.of(qty));
    }
    requirements = demandRequirements();
    addOpenOrders();
    ordersOf = new OrdersByItem(supplies, items.size());
    firstKept = supplies.size();
    placeKeptOrders();
    firstPlanned = supplies.size();
  }

  /** The planned orders of the items a net-change run keeps, as the live plan has them. */
  private void placeKeptOrders() {
    for (int item = 0; item < items.size(); item++) {
      if (items.kept(item)) {
        plannedFirst[item] = supplies.size();
        for (PlanningInput.KeptOrder order : input.kept.get(items.code(item)).orders()) {
          supplies.addKept(
              item,
              order.number(),
              Micro.of(order.qty()),
              (int) order.release().toEpochDay(),
              (int) order.due().toEpochDay());
        }
        plannedEnd[item] = supplies.size();
      }
    }
  }

  private int indexOf(String item, String what) {
    int index = items.index(item);
    if (index < 0) {
      throw new IllegalArgumentException("no item " + item + " for " + what);
    }
    return index;
  }

  private int bucket(int day) {
    return Math.max(0, day - startDay);
  }

  /**
   * The requirements of items, starting from their demands within the horizon: forecasts as what is
   * left of them once sales orders consumed them, outside the demand time fence.
   */
  private Requirements demandRequirements() {
    int count = input.demand.size();
    int[] item = new int[count];
    int[] bucket = new int[count];
    for (int d = 0; d < count; d++) {
      PlanningInput.Dated demand = input.demand.get(d);
      item[d] = indexOf(demand.item(), demand.reference());
      bucket[d] = bucket((int) demand.date().toEpochDay());
    }
    demands = new DemandQuantities(parameters, input, items, item);
    long[] qty = demands.remaining();
    int[] perItem = new int[items.size()];
    for (int d = 0; d < count; d++) {
      if (bucket[d] >= horizon) {
        beyondHorizon++;
      } else if (qty[d] > 0) {
        perItem[item[d]]++;
      }
    }
    int[][] demandsOf = new int[items.size()][];
    for (int i = 0; i < demandsOf.length; i++) {
      demandsOf[i] = new int[perItem[i]];
      perItem[i] = 0;
    }
    for (int d = 0; d < count; d++) {
      if (bucket[d] < horizon && qty[d] > 0) {
        demandsOf[item[d]][perItem[item[d]]++] = d;
      }
    }
    return new Requirements(bills, startDay, horizon, demandsOf, bucket, qty);
  }

  /** The open orders and firm planned orders as supplies; those due beyond the horizon counted. */
  private void addOpenOrders() {
    ignoredOpen = new boolean[input.receipts.size()];
    for (int r = 0; r < input.receipts.size(); r++) {
      PlanningInput.Dated order = input.receipts.get(r);
      ignoredOpen[r] =
          !DemandQuantities.counted(parameters, input.receiptKinds.get(r), order.date());
      int day = (int) order.date().toEpochDay();
      supplies.addOpen(
          indexOf(order.item(), order.reference()),
          false,
          Micro.of(order.qty()),
          day,
          day,
          order.reference());
    }
    for (PlanningInput.Firm order : input.firmPlanned) {
      supplies.addOpen(
          indexOf(order.item(), order.reference()),
          true,
          Micro.of(order.qty()),
          (int) order.releaseDate().toEpochDay(),
          (int) order.dueDate().toEpochDay(),
          order.reference());
    }
    for (int s = 0; s < supplies.size(); s++) {
      beyondHorizon += bucket(supplies.dueDay(s)) >= horizon ? 1 : 0;
    }
  }

  /** Plans one item: all its parents must have been planned. A kept item's orders are in place. */
  void plan(int item) {
    if (items.kept(item)) {
      return;
    }
    ItemData data = items.data(item);
    netting.clear();
    requirements.gather(item, supplies, this);
    requirements.addInto(netting.gross);
    int[] open = openWithinHorizon(item);
    for (int s : open) {
      netting.receipts[bucket(supplies.dueDay(s))] += supplies.qty(s);
    }
    boolean proposes = parameters.options().proposes(PlannedOrderType.of(data.supplyType()));
    int fence = proposes ? fence(item) : horizon;
    long safety = protectedStock(data);
    netting.run(data, onHand[item], safety, items.calendar(item), fence);
    if (netting.shortBucket >= 0) {
      messages.add(
          proposes ? MessageType.FENCE_SHORTAGE : MessageType.SHORTAGE,
          item,
          Messages.NO_SUPPLY,
          startDay + netting.shortBucket,
          startDay + fence,
          netting.shortage);
    }
    int first = supplies.size();
    for (int t = 0; t < horizon; t++) {
      if (netting.planned[t] > 0) {
        propose(item, netting.dueDay[t], netting.planned[t]);
      }
    }
    int end = supplies.size();
    new Allocation(requirements, pegging, supplies, startDay, safety)
        .run(item, onHand[item], open, first, end);
    openOrderMessages.check(
        item,
        open,
        netting.gross,
        onHand[item],
        safety,
        new OpenOrderMessages.Planned(first, end),
        data.policy());
    itemMessages.check(item, first, end, onHand[item], Micro.of(data.safetyStock()));
    plannedFirst[item] = first;
    plannedEnd[item] = end;
  }

  /**
   * The stock level netting protects: the safety stock, or the reorder point when the run
   * replenishes items at their reorder point and it is higher.
   */
  private long protectedStock(ItemData data) {
    long safety = Micro.of(data.safetyStock());
    BigDecimal reorderPoint = data.policy().reorderPoint();
    return parameters.options().reorderPoint() && reorderPoint != null
        ? Math.max(safety, Micro.of(reorderPoint))
        : safety;
  }

  /**
   * The bucket of the item's planning time fence: the first working day after its fence's working
   * days (0 without a fence), at most the horizon.
   */
  private int fence(int item) {
    int days = items.data(item).policy().planningFence();
    if (days == 0) {
      return 0;
    }
    PlanningCalendar calendar = items.calendar(item);
    int after = calendar.afterWorkingDays(startDay, days);
    return Math.min(horizon, calendar.afterWorkingDays(after, 1) - 1 - startDay);
  }

  @Override
  public int[] firm(int parent) {
    return explodes(parent) ? ordersOf.firmOf(parent) : OrdersByItem.NONE;
  }

  @Override
  public int firstExploding(int parent) {
    return plannedFirst[parent];
  }

  @Override
  public int endExploding(int parent) {
    return explodes(parent) ? plannedEnd[parent] : plannedFirst[parent];
  }

  private boolean explodes(int item) {
    return items.data(item).supplyType() != SupplyType.BUY;
  }

  private void propose(int item, int due, long qty) {
    int release = items.calendar(item).minusWorkingDays(due, items.leadTime(item, qty));
    supplies.addPlanned(item, qty, release, due);
  }

  MrpResult result() {
    return new MrpResult(this);
  }

  // What the result reads of the run.

  MrpParameters parameters() {
    return parameters;
  }

  PlanItems items() {
    return items;
  }

  Supplies supplies() {
    return supplies;
  }

  int firstPlanned() {
    return firstPlanned;
  }

  /** The first of the planned orders kept from the live plan, which come before the new ones. */
  int firstKept() {
    return firstKept;
  }

  /** The numbers of the planned orders the run proposed, once it has planned every item. */
  Numbering numbering() {
    return new Numbering(this, input.liveNumbers, input.firstNumber);
  }

  /** How many of the first supplies are open orders; firm planned orders follow them. */
  int openOrderCount() {
    return input.receipts.size();
  }

  Pegging pegging() {
    return pegging;
  }

  List<PlanningInput.Dated> demands() {
    return input.demand;
  }

  Messages messages() {
    return messages;
  }

  long beyondHorizon() {
    return beyondHorizon;
  }

  long onHand(int item) {
    return onHand[item];
  }

  int[] openWithinHorizon(int item) {
    if (ordersOf.of(item).length == 0) {
      return OrdersByItem.NONE;
    }
    return Arrays.stream(ordersOf.of(item))
        .filter(s -> bucket(supplies.dueDay(s)) < horizon)
        .filter(s -> s >= ignoredOpen.length || !ignoredOpen[s])
        .toArray();
  }

  /** The item's planned orders: the supplies from the first up to, not including, the end. */
  int plannedFirst(int item) {
    return plannedFirst[item];
  }

  int plannedEnd(int item) {
    return plannedEnd[item];
  }

  /** The bucket a requirement from this consumer falls in: its demand's or its release's. */
  int bucketOf(int consumer) {
    return Pegging.isDemand(consumer)
        ? bucket((int) input.demand.get(Pegging.demandIndex(consumer)).date().toEpochDay())
        : bucket(supplies.releaseDay(consumer));
  }

  /** What a record shows of a forecast: its bucket, quantity, consumed and remaining part. */
  @FunctionalInterface
  interface ForecastVisitor {
    void visit(int bucket, long qty, long consumed, long remaining);
  }

  /** Visits the item's forecasts within the horizon. */
  void forEachForecastOf(int item, ForecastVisitor visitor) {
    for (int d = 0; d < input.demand.size(); d++) {
      if (forecastWithinHorizon(d) && items.index(input.demand.get(d).item()) == item) {
        visitor.visit(
            bucket((int) input.demand.get(d).date().toEpochDay()),
            demands.given(d),
            demands.consumed(d),
            demands.remaining()[d]);
      }
    }
  }

  boolean forecastWithinHorizon(int demand) {
    return input.demandKinds.get(demand) == DemandKind.FORECAST
        && bucket((int) input.demand.get(demand).date().toEpochDay()) < horizon;
  }

  DemandQuantities demandQuantities() {
    return demands;
  }

  int bucketOfDay(int day) {
    return bucket(day);
  }
}
