package org.officina.execution.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderNeeds;
import org.officina.execution.model.PriorNeeds;
import org.officina.execution.model.ProductionOrder;
import org.officina.inventory.application.MaterialFlowService;

/**
 * The free stock of an order's materials, by warehouse and item: what no other order reserved, less
 * what the open orders that start before it still need and have not reserved ({@link PriorNeeds}).
 * The feasibility check and the reservation at release read it alike.
 */
final class FreeStock {

  private FreeStock() {}

  /**
   * @param reserving whether the stock is read to reserve it: its levels are then locked until the
   *     transaction ends, so that two releases at once cannot both count the same free stock
   */
  static Map<String, Map<String, BigDecimal>> of(
      ProductionOrder order,
      List<OrderMaterial> materials,
      MaterialFlowService flow,
      OrderNeeds orders,
      boolean reserving) {
    Map<String, List<String>> byWarehouse = new HashMap<>();
    materials.forEach(
        m -> byWarehouse.computeIfAbsent(m.warehouse(), w -> new ArrayList<>()).add(m.item()));
    Map<String, Map<String, BigDecimal>> free = new HashMap<>();
    byWarehouse.forEach(
        (warehouse, all) -> {
          List<String> items = all.stream().distinct().toList();
          Map<String, Map<String, BigDecimal>> needs =
              orders.before(order.startDate(), warehouse, items, order.number());
          free.put(
              warehouse,
              PriorNeeds.leftAfter(
                  flow.free(items, warehouse, order.number(), reserving),
                  needs,
                  flow.reservedBy(needs.keySet(), items, warehouse)));
        });
    return free;
  }
}
