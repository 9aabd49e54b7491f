package org.officina.inventory.model;

/**
 * A warehouse (magazzino) and whether MRP may count what it holds (nettable): quarantine, scrap,
 * work in progress and a subcontractor's warehouse hold stock that is not available to plan with. A
 * subcontractor's warehouse names the subcontractor (a supplier) who holds it.
 */
public record Warehouse(String code, String description, boolean nettable, String subcontractor) {

  public Warehouse {
    description = description == null ? "" : description;
    subcontractor = subcontractor == null || subcontractor.isBlank() ? null : subcontractor;
  }
}
