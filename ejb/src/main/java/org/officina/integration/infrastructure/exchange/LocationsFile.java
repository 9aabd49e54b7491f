package org.officina.integration.infrastructure.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.officina.integration.model.ExchangeFormat;
import org.officina.inventory.model.WarehouseLocation;

/**
 * locations.csv: locations of a warehouse counted otherwise than their warehouse (a quarantine
 * shelf in the main warehouse): warehouse, location, description, nettable (default true).
 */
public final class LocationsFile implements ExchangeFile<WarehouseLocation> {

  public static final String NAME = ExchangeFormat.LOCATIONS;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> columns() {
    return List.of("warehouse", "location", "description", "nettable");
  }

  @Override
  public Set<String> required() {
    return Set.of("warehouse", "location");
  }

  @Override
  public WarehouseLocation read(CsvRow row) {
    return new WarehouseLocation(
        row.requiredCode("warehouse"),
        row.requiredCode("location"),
        row.text("description", 200),
        row.bool("nettable", true));
  }

  @Override
  public List<Object> cells(WarehouseLocation location) {
    return Arrays.asList(
        location.warehouse(), location.code(), location.description(), location.nettable());
  }
}
