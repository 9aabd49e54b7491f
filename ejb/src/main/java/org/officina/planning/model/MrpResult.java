package org.officina.planning.model;

import java.util.List;
import java.util.Map;

/**
 * What a run planned: its planned orders, each item's time-phased record, and how many input
 * records fell at or after the horizon's end and were left out.
 */
public record MrpResult(
    List<PlannedOrder> plannedOrders, Map<String, ItemRecord> records, long beyondHorizon) {

  public MrpResult {
    plannedOrders = List.copyOf(plannedOrders);
    records = Map.copyOf(records);
  }
}
