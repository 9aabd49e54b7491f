package org.officina.demand.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandLines;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;

/** Demand: sales order lines and forecasts. */
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

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void save(Collection<DemandLine> lines) {
    planningChanges.fire(PlanningDataChanged.of(demand.save(lines)));
  }
}
