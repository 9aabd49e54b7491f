package org.officina.execution.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.execution.model.OrderMaterial;
import org.officina.inventory.application.MaterialFlowService;

/** The free stock of an order's materials, by warehouse and item: one query per warehouse. */
final class FreeStock {

  private FreeStock() {}

  /**
   * @param reserving whether the stock is read to reserve it: its levels are then locked until the
   *     transaction ends, so that two releases at once cannot both count the same free stock
   */
  static Map<String, Map<String, BigDecimal>> of(
      String reference,
      List<OrderMaterial> materials,
      MaterialFlowService flow,
      boolean reserving) {
    Map<String, List<String>> byWarehouse = new HashMap<>();
    materials.forEach(
        m -> byWarehouse.computeIfAbsent(m.warehouse(), w -> new ArrayList<>()).add(m.item()));
    Map<String, Map<String, BigDecimal>> free = new HashMap<>();
    byWarehouse.forEach(
        (warehouse, items) ->
            free.put(
                warehouse,
                flow.free(items.stream().distinct().toList(), warehouse, reference, reserving)));
    return free;
  }
}
