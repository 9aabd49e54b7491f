package org.officina.planning.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Firm planned orders: planned orders of the live plan that a planner firmed, kept by MRP from run
 * to run until converted into open orders.
 */
public interface FirmPlannedOrders {
  /**
   * Firms the run's planned orders with these numbers, or none of them if one cannot be.
   *
   * @return the ids of the firm planned orders, or why nothing was firmed
   */
  OrderChange firm(long run, String plant, Collection<Integer> numbers, String user);

  /** The supply lines (open orders) that firm planned orders were converted into, by firm id. */
  Map<Long, Long> supplyLines(Collection<Long> firmIds);

  /**
   * Locks firm planned orders until the transaction ends, so that of two conversions at once the
   * second sees what the first did.
   */
  void lock(Collection<Long> firmIds);

  /**
   * Marks firm planned orders converted, each into its supply line (by firm id); only a firm one
   * changes, so a conversion can never happen twice.
   */
  void converted(Map<Long, Long> lineByFirm);

  /** The firm planned orders with these ids that there are, by id. */
  List<FirmPlannedOrder> find(Collection<Long> firmIds);

  /** The firm planned orders of a kind not yet converted, by release date, at most limit. */
  List<FirmPlannedOrder> waiting(PlannedOrderType type, int limit);

  /** The codes of the items of these firm planned orders. */
  List<String> itemCodes(Collection<Long> firmIds);
}
