package org.officina.inventory.model;

/**
 * A location (ubicazione) of a warehouse that differs from it in whether MRP may count what it
 * holds: a quarantine shelf in the main warehouse, say. Stock in a location not listed follows its
 * warehouse.
 */
public record WarehouseLocation(
    String warehouse, String code, String description, boolean nettable) {

  public WarehouseLocation {
    description = description == null ? "" : description;
  }
}
