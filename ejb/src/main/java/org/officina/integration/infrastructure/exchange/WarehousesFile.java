package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.inventory.model.Warehouse;

/**
 * warehouses.csv: warehouses, whether MRP counts what they hold (nettable, default true), and the
 * subcontractor who holds one.
 */
public final class WarehousesFile implements ExchangeFile<Warehouse> {

  public static final String NAME = ExchangeFormat.WAREHOUSES;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("code", "description", "nettable", "subcontractor");
  }

  @Override
  public Set<String> required() {
    return Set.of("code");
  }

  @Override
  public Warehouse read(CsvRow row) {
    return new Warehouse(
        row.requiredCode("code"),
        row.text("description", 200),
        row.bool("nettable", true),
        row.cell("subcontractor"));
  }

  @Override
  public List<Object> cells(Warehouse warehouse) {
    return Arrays.asList(
        warehouse.code(), warehouse.description(), warehouse.nettable(), warehouse.subcontractor());
  }
}
