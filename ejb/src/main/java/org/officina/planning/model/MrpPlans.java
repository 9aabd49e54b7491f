package org.officina.planning.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.officina.shared.model.Page;

/**
 * The results of stored runs: planned orders with what they are pegged to, messages, run
 * comparisons and items' time-phased records.
 */
public interface MrpPlans {
  /** Every planned order of the run in number order, handed on one at a time. */
  void forEachPlannedOrder(long run, Consumer<PlannedOrderRow> handler);

  /** A page of the run's planned orders, of one item or all, in number order. */
  Page<PlannedOrderRow> plannedOrders(long run, String item, int offset, int limit);

  /** A page of the run's messages that the search picks, in the run's order. */
  Page<ActionMessage> messages(long run, MessageSearch search, int offset, int limit);

  /** The id of a demand line by its number and line, if there is one. */
  Optional<Long> demandLine(String number, int line);

  /** The items whose planned orders differ between two runs, by code; at most limit of them. */
  List<RunComparison> compare(long runA, long runB, int limit);

  /**
   * What an item's time-phased record is rebuilt from: its stock and safety stock when the run
   * started, the requirements its supplies cover (on the dates they are needed), today's open and
   * firm planned orders, and the run's planned orders.
   */
  Optional<ItemRecord> itemRecord(MrpRunRecord run, String item);
}
