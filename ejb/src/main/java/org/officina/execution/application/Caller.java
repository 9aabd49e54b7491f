package org.officina.execution.application;

import jakarta.ejb.SessionContext;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.officina.execution.model.OrderAction;
import org.officina.shared.model.Roles;

/** Who is asking, and with which of Officina's roles: what an order's rules need to know. */
public record Caller(String user, Set<String> roles) {

  public static Caller of(SessionContext session) {
    return new Caller(
        session.getCallerPrincipal().getName(),
        Stream.of(
                Roles.PLANNER,
                Roles.SUPERVISOR,
                Roles.OPERATOR,
                Roles.COST_ACCOUNTANT,
                Roles.ADMIN,
                Roles.INTEGRATION)
            .filter(session::isCallerInRole)
            .collect(Collectors.toUnmodifiableSet()));
  }

  public boolean mayDo(OrderAction action) {
    return action.roles().stream().anyMatch(roles::contains);
  }
}
