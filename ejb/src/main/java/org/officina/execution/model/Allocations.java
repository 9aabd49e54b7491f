package org.officina.execution.model;

import java.util.List;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;

/**
 * What an open production order still needs of its materials, as MRP counts it (impegni): a line
 * per material not fully issued, for what is left, on the day its consuming operation starts. Until
 * the orders are scheduled, that day is the order's start. A closed, completed or cancelled order
 * needs nothing more.
 */
public final class Allocations {

  private Allocations() {}

  public static List<DemandLine> of(ProductionOrder order, List<OrderMaterial> materials) {
    if (!order.status().open()) {
      return List.of();
    }
    return materials.stream()
        .filter(m -> m.openQty().signum() > 0)
        .map(
            m ->
                new DemandLine(
                    DemandType.ALLOCATION,
                    order.number(),
                    m.line(),
                    m.item(),
                    m.openQty(),
                    order.startDate(),
                    null))
        .toList();
  }
}
