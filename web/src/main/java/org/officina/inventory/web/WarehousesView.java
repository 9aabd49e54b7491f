package org.officina.inventory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.officina.inventory.application.WarehouseService;
import org.officina.inventory.model.Warehouse;
import org.officina.inventory.model.WarehouseLocation;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.Supplier;
import org.officina.shared.model.Outcome;
import org.officina.shared.web.Messages;

/**
 * The warehouses page: every warehouse and the locations listed apart, whether MRP counts what they
 * hold, and a subcontractor's warehouse's subcontractor; a planner edits a row in place, or adds a
 * warehouse or a location.
 */
@Named
@ViewScoped
public class WarehousesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient WarehouseService warehouses;
  @Inject transient PurchasingService purchasing;

  private List<Warehouse> all = new ArrayList<>();
  private List<WarehouseLocation> locations = new ArrayList<>();
  private final Draft draft = new Draft();
  private final Draft locationDraft = new Draft();

  /** A row being added: its codes, description and whether it is counted. */
  public static final class Draft implements Serializable {
    private static final long serialVersionUID = 1L;
    private String warehouse;
    private String code;
    private String description;
    private boolean nettable = true;
    private String subcontractor;

    public String getWarehouse() {
      return warehouse;
    }

    public void setWarehouse(String warehouse) {
      this.warehouse = warehouse;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code == null ? null : code.strip();
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public boolean isNettable() {
      return nettable;
    }

    public void setNettable(boolean nettable) {
      this.nettable = nettable;
    }

    public String getSubcontractor() {
      return subcontractor;
    }

    public void setSubcontractor(String subcontractor) {
      this.subcontractor = subcontractor;
    }
  }

  @PostConstruct
  void load() {
    all = warehouses.warehouses();
    locations = warehouses.locations();
  }

  public List<Warehouse> getWarehouses() {
    return all;
  }

  public List<WarehouseLocation> getLocations() {
    return locations;
  }

  /** The subcontractors a warehouse may name. */
  public List<Supplier> getSubcontractors() {
    return purchasing.suppliers().stream().filter(Supplier::subcontractor).toList();
  }

  public Draft getDraft() {
    return draft;
  }

  public Draft getLocationDraft() {
    return locationDraft;
  }

  /** Whether a warehouse is counted: flips it, as the switch in its row asks. */
  public void toggle(Warehouse warehouse) {
    save(
        new Warehouse(
            warehouse.code(),
            warehouse.description(),
            !warehouse.nettable(),
            warehouse.subcontractor()),
        null);
  }

  public void toggleLocation(WarehouseLocation location) {
    save(
        null,
        new WarehouseLocation(
            location.warehouse(), location.code(), location.description(), !location.nettable()));
  }

  public void add() {
    save(new Warehouse(draft.code, draft.description, draft.nettable, draft.subcontractor), null);
  }

  public void addLocation() {
    save(
        null,
        new WarehouseLocation(
            locationDraft.warehouse,
            locationDraft.code,
            locationDraft.description,
            locationDraft.nettable));
  }

  private void save(Warehouse warehouse, WarehouseLocation location) {
    Outcome<Void> saved =
        warehouses.save(
            warehouse == null ? List.of() : List.of(warehouse),
            location == null ? List.of() : List.of(location));
    if (saved instanceof Outcome.Refused<Void> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return;
    }
    Messages.info("warehouses.saved", warehouse != null ? warehouse.code() : location.code());
    load();
  }
}
