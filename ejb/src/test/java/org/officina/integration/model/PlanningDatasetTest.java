package org.officina.integration.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;
import org.officina.engineering.model.ItemData;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.Warehouse;
import org.officina.inventory.model.WarehouseLocation;
import org.officina.planning.model.MrpEngine;

class PlanningDatasetTest {

  private static final LocalDate START = LocalDate.of(2027, 1, 4);

  private static void stock(Dataset dataset, String warehouse, String location, String qty) {
    dataset.stock.add(
        new Dataset.Lined<>(
            0, new StockLevel("BAR", warehouse, location, null, new BigDecimal(qty))));
  }

  @Test
  void stock_in_a_warehouse_or_location_that_is_not_nettable_is_not_planned_with() {
    // 10 in MAIN count; 5 in quarantine, 2 on MAIN's quality shelf do not; 3 in an unlisted
    // warehouse do: 20 needed, 7 bought
    Dataset dataset = new Dataset();
    dataset.items.add(new Dataset.Lined<>(0, ItemData.withDefaults("BAR")));
    dataset.warehouses.add(new Dataset.Lined<>(0, new Warehouse("MAIN", "", true, null)));
    dataset.warehouses.add(new Dataset.Lined<>(0, new Warehouse("QUAR", "", false, null)));
    dataset.locations.add(new Dataset.Lined<>(0, new WarehouseLocation("MAIN", "R-QC", "", false)));
    stock(dataset, "MAIN", "R-01", "10");
    stock(dataset, "QUAR", null, "5");
    stock(dataset, "MAIN", "R-QC", "2");
    stock(dataset, "SHED", null, "3");
    dataset.demand.add(
        new Dataset.Lined<>(
            0,
            new DemandLine(DemandType.SALES, "SO-1", 1, "BAR", new BigDecimal("20"), START, null)));

    List<String> orders =
        new MrpEngine(START, 10)
            .plan(PlanningDataset.of(dataset)).plannedOrders().stream()
                .map(o -> o.item() + " " + o.qty())
                .toList();

    assertThat(orders).containsExactly("BAR 7");
  }
}
