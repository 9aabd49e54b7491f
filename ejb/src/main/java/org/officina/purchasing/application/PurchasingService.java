package org.officina.purchasing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.officina.purchasing.model.Purchasing;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplyLine;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;

/** Suppliers and open supply: what MRP counts on to arrive. */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class PurchasingService {

  @Inject Purchasing purchasing;
  @Inject Event<PlanningDataChanged> planningChanges;

  public List<Supplier> suppliers() {
    return purchasing.suppliers();
  }

  public Page<SupplyLine> search(LineSearch search) {
    return purchasing.search(search);
  }

  public List<SupplyLine> supply() {
    return purchasing.supply();
  }

  /**
   * Adds or changes suppliers. A calendar that changes may move every date planned for what the
   * supplier is preferred for: the next net change re-plans everything then.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void saveSuppliers(Collection<Supplier> suppliers) {
    java.util.Map<String, String> calendars = new java.util.HashMap<>();
    purchasing.suppliers().forEach(s -> calendars.put(s.code(), s.calendar()));
    boolean moved =
        suppliers.stream()
            .anyMatch(
                s ->
                    s.calendar() != null
                        && !s.calendar().equals(calendars.getOrDefault(s.code(), "")));
    purchasing.saveSuppliers(suppliers);
    if (moved) {
      planningChanges.fire(PlanningDataChanged.everything());
    }
  }

  /** The open supply lines of these items, by due date. */
  public List<SupplyLine> supplyOf(Collection<String> items) {
    return purchasing.supplyOf(items);
  }

  /**
   * Keeps the supply line of an order made in Officina (a production order) as the order is: its
   * open quantity and due date, and no line once nothing more is expected of it. The floor changes
   * it too, by declaring what it made.
   */
  public void follow(SupplyLine line) {
    Set<String> items =
        line.qty().signum() > 0
            ? purchasing.saveSupply(List.of(line))
            : purchasing.removeOrder(line.type(), line.number());
    planningChanges.fire(PlanningDataChanged.of(items));
  }

  /**
   * Keeps the supply lines of an order made in Officina (a purchase or subcontract order) as what
   * it still has to bring, line by line.
   */
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public void keep(SupplyOrderType type, String number, List<SupplyLine> open) {
    planningChanges.fire(PlanningDataChanged.of(purchasing.keepOrder(type, number, open)));
  }

  /**
   * Opens the supply lines of orders made in Officina from firm planned orders, numbered by the
   * caller, who tells planning what changed.
   *
   * @return the new lines' ids, in the order of the lines
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public List<Long> open(List<SupplyLine> lines) {
    return purchasing.open(lines);
  }

  /** The order numbers of these supply lines, by line id; a line that is gone is left out. */
  public Map<Long, String> orderNumbers(Collection<Long> lineIds) {
    return purchasing.orderNumbers(lineIds);
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void saveSupply(Collection<SupplyLine> lines) {
    planningChanges.fire(PlanningDataChanged.of(purchasing.saveSupply(lines)));
  }
}
