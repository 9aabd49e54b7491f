package org.officina.planning.model;

import java.util.List;
import java.util.Map;

/**
 * What a run plans from, loaded from the database, with the ids that its results refer back to: the
 * items' ids by their index in the result, and the ids of the demand lines, open order lines and
 * firm planned orders in the order the input lists them. A net-change run also has what covers the
 * live plan's orders it keeps (covered_by by number), read with them, and the ranges of numbers
 * [first, end) the live plan gave the items it re-plans, whose orders it replaces.
 */
public record PlanningSnapshot(
    PlanningInput input,
    Map<String, Long> itemIds,
    long[] demandIds,
    long[] openOrderIds,
    long[] firmOrderIds,
    Map<Integer, String> keptCoverage,
    List<long[]> replacedRanges) {

  /** A snapshot of the whole plant, which keeps nothing of a live plan. */
  public PlanningSnapshot(
      PlanningInput input,
      Map<String, Long> itemIds,
      long[] demandIds,
      long[] openOrderIds,
      long[] firmOrderIds) {
    this(input, itemIds, demandIds, openOrderIds, firmOrderIds, Map.of(), List.of());
  }
}
