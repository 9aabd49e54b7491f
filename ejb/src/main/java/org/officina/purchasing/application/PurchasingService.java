package org.officina.purchasing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.officina.purchasing.infrastructure.JdbcPurchasing;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplyLine;
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

  @Inject JdbcPurchasing purchasing;
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

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void saveSuppliers(Collection<Supplier> suppliers) {
    purchasing.saveSuppliers(suppliers);
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void saveSupply(Collection<SupplyLine> lines) {
    planningChanges.fire(PlanningDataChanged.of(purchasing.saveSupply(lines)));
  }
}
