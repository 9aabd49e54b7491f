package org.officina.execution.model;

import java.util.Map;
import java.util.Set;

/**
 * The schedule a planner published, as the floor follows it: the slot of each operation placed on
 * these work centers, by order number and operation sequence ({@code PRD-7/20}).
 */
public interface PublishedSchedule {

  Map<String, ScheduledSlot> slots(Set<String> workCenters);

  static String key(String order, int seq) {
    return order + "/" + seq;
  }
}
