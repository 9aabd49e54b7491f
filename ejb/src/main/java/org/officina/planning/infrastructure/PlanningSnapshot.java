package org.officina.planning.infrastructure;

import java.util.Map;
import org.officina.planning.model.PlanningInput;

/**
 * What a run plans from, loaded from the database, with the ids that its results refer back to: the
 * items' ids by their index in the result, and the ids of the demand lines, open order lines and
 * firm planned orders in the order the input lists them.
 */
public record PlanningSnapshot(
    PlanningInput input,
    Map<String, Long> itemIds,
    long[] demandIds,
    long[] openOrderIds,
    long[] firmOrderIds) {}
