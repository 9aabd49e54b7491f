package org.officina.integration.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import org.officina.demand.application.DemandService;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;
import org.officina.engineering.application.BillOfMaterialsService;
import org.officina.engineering.application.RoutingService;
import org.officina.execution.model.ProductionOrder;
import org.officina.integration.model.CalendarRules;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.DatasetFormat;
import org.officina.inventory.application.StockService;
import org.officina.inventory.application.WarehouseService;
import org.officina.purchasing.application.PriceListService;
import org.officina.purchasing.application.PurchasingService;
import org.officina.resources.application.PlantResourceService;

/**
 * Exports everything as a dataset zip in the exchange format, each file sorted by its key, so that
 * export, import into an empty database and export again give identical files. Read permission is
 * left to the services read from; price lists are left out for a caller who may not read prices.
 */
@Stateless
@PermitAll
public class DatasetExport {

  @Inject ItemExport items;
  @Inject BillOfMaterialsService bills;
  @Inject RoutingService routings;
  @Inject PlantResourceService resources;
  @Inject PurchasingService purchasing;
  @Inject PriceListService priceLists;
  @Inject StockService stock;
  @Inject DemandService demand;
  @Inject WarehouseService warehouses;
  @Inject DatasetFormat format;

  public void writeZip(OutputStream out) throws IOException {
    format.zip(dataset(), items::writeItems, out);
  }

  /**
   * Whether a demand line leaves with the dataset: not the allocations of Officina's production
   * orders, which follow their orders and which an import refuses.
   */
  private static boolean exchanged(DemandLine line) {
    return line.type() != DemandType.ALLOCATION
        || !line.number().startsWith(ProductionOrder.NUMBER_PREFIX);
  }

  private Dataset dataset() {
    Dataset dataset = new Dataset();
    dataset.calendars.addAll(Dataset.lined(CalendarRules.lines(resources.calendars())));
    dataset.suppliers.addAll(Dataset.lined(purchasing.suppliers()));
    dataset.warehouses.addAll(Dataset.lined(warehouses.warehouses()));
    dataset.locations.addAll(Dataset.lined(warehouses.locations()));
    dataset.departments.addAll(Dataset.lined(resources.departments()));
    dataset.tools.addAll(Dataset.lined(resources.tools()));
    dataset.changeovers.addAll(Dataset.lined(resources.changeovers()));
    dataset.workCenters.addAll(Dataset.lined(resources.workCenters()));
    dataset.machines.addAll(Dataset.lined(resources.machines()));
    dataset.operators.addAll(Dataset.lined(resources.operators()));
    dataset.bom.addAll(Dataset.lined(bills.allLines()));
    dataset.routings.addAll(Dataset.lined(routings.allOperations()));
    dataset.stock.addAll(Dataset.lined(stock.levels()));
    dataset.supply.addAll(Dataset.lined(purchasing.supply()));
    dataset.demand.addAll(
        Dataset.lined(demand.all().stream().filter(DatasetExport::exchanged).toList()));
    dataset.priceLists.addAll(Dataset.lined(priceLists.lines()));
    return dataset;
  }
}
