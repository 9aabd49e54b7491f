package org.officina.inventory.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.officina.inventory.model.Warehouse;
import org.officina.inventory.model.WarehouseLocation;
import org.officina.inventory.model.WarehouseRules;
import org.officina.inventory.model.Warehouses;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.Supplier;
import org.officina.shared.model.MasterDataLock;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Warehouses and their locations, and whether MRP may count what they hold. A change of what is
 * counted changes every plan that counts stock: net change regenerates.
 */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class WarehouseService {

  @Inject Warehouses warehouses;
  @Inject PurchasingService purchasing;
  @Inject Event<PlanningDataChanged> planningChanges;
  @Inject MasterDataLock lock;

  public List<Warehouse> warehouses() {
    return warehouses.all();
  }

  public List<WarehouseLocation> locations() {
    return warehouses.locations();
  }

  /**
   * The warehouse that holds what is at a subcontractor: the one naming it, or, the first time
   * material goes there, a new one, SUB-code, that MRP does not count for general demand; refused
   * when that code is another warehouse's (a planner then names the subcontractor on a warehouse).
   * Two first shipments at once take turns on the master data lock.
   */
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<String> subcontractorWarehouse(String supplier) {
    Optional<String> own = ownWarehouse(supplier);
    if (own.isPresent()) {
      return new Outcome.Done<>(own.get());
    }
    lock.acquire();
    own = ownWarehouse(supplier);
    if (own.isPresent()) {
      return new Outcome.Done<>(own.get());
    }
    String code = "SUB-" + supplier;
    if (code.length() > WarehouseRules.CODE_MAX_LENGTH
        || warehouses.all().stream().anyMatch(w -> w.code().equals(code))) {
      return Outcome.invalid(
          List.of(Violation.of("supplier", "warehouse.subcontractorNone", supplier, code)));
    }
    warehouses.save(List.of(new Warehouse(code, "At subcontractor " + supplier, false, supplier)));
    return new Outcome.Done<>(code);
  }

  /** The warehouse naming a subcontractor, when one does. */
  public Optional<String> ownWarehouse(String supplier) {
    return warehouses.all().stream()
        .filter(w -> supplier.equals(w.subcontractor()))
        .map(Warehouse::code)
        .findFirst();
  }

  /** Whether a warehouse is ours: it exists and holds no subcontractor's stock. */
  public boolean isOurs(String code) {
    return ours().contains(code);
  }

  /** The codes of our warehouses: those that hold no subcontractor's stock. */
  public java.util.Set<String> ours() {
    return warehouses.all().stream()
        .filter(w -> w.subcontractor() == null)
        .map(Warehouse::code)
        .collect(Collectors.toSet());
  }

  /** Adds or updates warehouses and locations, all or none, naming every broken rule. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<Void> save(
      Collection<Warehouse> changed, Collection<WarehouseLocation> changedLocations) {
    Map<String, Boolean> suppliers =
        purchasing.suppliers().stream()
            .collect(Collectors.toMap(Supplier::code, Supplier::subcontractor));
    List<Warehouse> before = warehouses.all();
    List<String> codes = new ArrayList<>(before.stream().map(Warehouse::code).toList());
    changed.forEach(w -> codes.add(w.code()));
    List<Violation> violations = new ArrayList<>();
    changed.forEach(w -> violations.addAll(WarehouseRules.check(w, suppliers)));
    changedLocations.forEach(l -> violations.addAll(WarehouseRules.check(l, codes)));
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    warehouses.save(changed);
    warehouses.saveLocations(changedLocations);
    if (WarehouseRules.changesNetting(changed, before) || !changedLocations.isEmpty()) {
      planningChanges.fire(PlanningDataChanged.everything());
    }
    return new Outcome.Done<>(null);
  }
}
