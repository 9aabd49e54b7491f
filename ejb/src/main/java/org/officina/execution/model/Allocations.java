package org.officina.execution.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;

/**
 * What an open production order still needs of its materials, as MRP counts it (impegni): a line
 * per material not fully issued, for what is left, on the day its consuming operation starts. Until
 * the orders are scheduled, that day is the order's start. A closed, completed or cancelled order
 * needs nothing more. What a subcontractor holds for the order (the materials of an external
 * operation, shipped and not yet consumed there) is no longer needed from stock.
 */
public final class Allocations {

  private Allocations() {}

  /**
   * @param held what subcontractors hold for the order, by material line
   */
  public static List<DemandLine> of(
      ProductionOrder order, List<OrderMaterial> materials, Map<Integer, BigDecimal> held) {
    if (!order.status().open()) {
      return List.of();
    }
    return materials.stream()
        .map(m -> new Need(m, m.openQty().subtract(held.getOrDefault(m.line(), BigDecimal.ZERO))))
        .filter(n -> n.qty().signum() > 0)
        .map(
            n ->
                new DemandLine(
                    DemandType.ALLOCATION,
                    order.number(),
                    n.material().line(),
                    n.material().item(),
                    n.qty(),
                    order.startDate(),
                    null))
        .toList();
  }

  private record Need(OrderMaterial material, BigDecimal qty) {}
}
