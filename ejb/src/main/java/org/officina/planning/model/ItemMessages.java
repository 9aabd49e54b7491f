package org.officina.planning.model;

import java.util.Map;
import org.officina.engineering.model.SupplyType;

/**
 * The messages about a planned item and its planned orders: stock below safety stock, orders to
 * release now or already past due, no bill or routing to make them, a lead time beyond the horizon.
 */
final class ItemMessages {

  private final Messages messages;
  private final Supplies supplies;
  private final PlanItems items;
  private final Bills bills;
  private final Map<String, String> lastWorkCenter;
  private final int startDay;
  private final int horizon;

  ItemMessages(
      Messages messages,
      Supplies supplies,
      PlanItems items,
      Bills bills,
      Map<String, String> lastWorkCenter,
      int startDay,
      int horizon) {
    this.messages = messages;
    this.supplies = supplies;
    this.items = items;
    this.bills = bills;
    this.lastWorkCenter = lastWorkCenter;
    this.startDay = startDay;
    this.horizon = horizon;
  }

  /** Checks an item with its stock on hand and its planned orders from first up to end. */
  void check(int item, int first, int end, long onHand, long safety) {
    if (onHand < safety) {
      message(MessageType.BELOW_SAFETY_STOCK, item, safety - onHand);
    }
    long total = 0;
    for (int s = first; s < end; s++) {
      int release = supplies.releaseDay(s);
      if (release <= startDay) {
        MessageType type = release < startDay ? MessageType.PAST_DUE : MessageType.RELEASE_NOW;
        messages.add(type, item, s, release, startDay, supplies.qty(s));
      }
      total += supplies.qty(s);
    }
    if (end > first && lacksBillOrRouting(item)) {
      message(MessageType.NO_BOM_OR_ROUTING, item, total);
    }
    if (end > first && longestLeadTime(item, first, end) >= horizon) {
      message(MessageType.LEAD_TIME_EXCEEDS_HORIZON, item, total);
    }
  }

  private int longestLeadTime(int item, int first, int end) {
    int longest = 0;
    for (int s = first; s < end; s++) {
      longest = Math.max(longest, items.leadTime(item, supplies.qty(s)));
    }
    return longest;
  }

  private boolean lacksBillOrRouting(int item) {
    SupplyType type = items.data(item).supplyType();
    String code = items.code(item);
    return type != SupplyType.BUY
        && (!bills.hasBill(item) || type == SupplyType.MAKE && !lastWorkCenter.containsKey(code));
  }

  /** A message about the item as a whole, as of the planning start. */
  private void message(MessageType type, int item, long qty) {
    messages.add(type, item, Messages.NO_SUPPLY, startDay, startDay, qty);
  }
}
