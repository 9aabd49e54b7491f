package org.officina.inventory.model;

import java.util.Collection;
import java.util.List;

/** The warehouses and their locations that are not counted as their warehouse is. */
public interface Warehouses {

  /** Every warehouse, by code. */
  List<Warehouse> all();

  /** Every location listed, by warehouse and code. */
  List<WarehouseLocation> locations();

  /** Adds the warehouses that are new and updates the others. */
  void save(Collection<Warehouse> warehouses);

  /** Adds the locations that are new and updates the others. */
  void saveLocations(Collection<WarehouseLocation> locations);
}
