package org.officina.execution.model;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The schedule a planner published, as the floor follows it: the slot of each operation of these
 * orders, wherever it was placed, by order number and operation sequence ({@code PRD-7/20}).
 */
public interface PublishedSchedule {

  Map<String, ScheduledSlot> slots(Collection<String> orders);

  /** The orders with an operation placed on these work centers. */
  Set<String> ordersAt(Collection<String> workCenters);

  static String key(String order, int seq) {
    return order + "/" + seq;
  }
}
