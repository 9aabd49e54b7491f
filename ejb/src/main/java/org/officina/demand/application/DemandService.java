package org.officina.demand.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandLines;
import org.officina.demand.model.DemandType;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;

/** Demand: sales order lines, forecasts, and the allocations of open orders. */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class DemandService {

  @Inject DemandLines demand;
  @Inject Event<PlanningDataChanged> planningChanges;

  public Page<DemandLine> search(LineSearch search) {
    return demand.search(search);
  }

  public List<DemandLine> all() {
    return demand.all();
  }

  /**
   * Keeps the allocations of an order made in Officina as the order is: a line per material still
   * to issue, none once it is closed or all issued. Whoever changes the order (a planner, the floor
   * declaring and backflushing, an integration) changes them.
   */
  public void follow(String number, List<DemandLine> allocations) {
    planningChanges.fire(
        PlanningDataChanged.of(demand.replace(DemandType.ALLOCATION, number, allocations)));
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void save(Collection<DemandLine> lines) {
    planningChanges.fire(PlanningDataChanged.of(demand.save(lines)));
  }
}
