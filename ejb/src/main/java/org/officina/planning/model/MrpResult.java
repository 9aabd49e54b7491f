package org.officina.planning.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run planned: its planned orders, each item's time-phased record (read one at a time), and
 * how many input records fell at or after the horizon's end and were left out.
 */
public final class MrpResult {

  private final List<PlannedOrder> plannedOrders;
  private final Map<String, CompactRecord> records;
  private final long beyondHorizon;

  MrpResult(
      List<PlannedOrder> plannedOrders, Map<String, CompactRecord> records, long beyondHorizon) {
    this.plannedOrders = List.copyOf(plannedOrders);
    this.records = Map.copyOf(records);
    this.beyondHorizon = beyondHorizon;
  }

  public List<PlannedOrder> plannedOrders() {
    return plannedOrders;
  }

  /** The time-phased record of an item, if the run planned it. */
  public Optional<ItemRecord> record(String item) {
    return Optional.ofNullable(records.get(item)).map(CompactRecord::toRecord);
  }

  public long beyondHorizon() {
    return beyondHorizon;
  }
}
