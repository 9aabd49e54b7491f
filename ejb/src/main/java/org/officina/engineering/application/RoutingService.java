package org.officina.engineering.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.engineering.infrastructure.JdbcRoutings;
import org.officina.engineering.model.Routing;
import org.officina.engineering.model.RoutingOperation;
import org.officina.shared.model.Roles;

/** Routings (cicli): reading them, and replacing them in bulk from an import. */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class RoutingService {

  @Inject JdbcRoutings routings;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  public Optional<Routing> routing(String item) {
    return routings.routing(item);
  }

  public List<RoutingOperation> allOperations() {
    return routings.all();
  }

  public Map<String, List<Integer>> operationNumbers() {
    return routings.operationNumbers();
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void importRoutings(Map<String, List<RoutingOperation>> byItem) {
    routings.replace(byItem, session.getCallerPrincipal().getName(), clock.instant());
  }
}
