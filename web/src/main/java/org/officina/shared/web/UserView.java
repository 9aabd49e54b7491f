package org.officina.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.officina.shared.model.Roles;

/** Who is logged in, what they may do in the portal, and logging out. */
@Named
@RequestScoped
public class UserView {

  private static final List<String> ROLES =
      List.of(
          Roles.PLANNER,
          Roles.SUPERVISOR,
          Roles.OPERATOR,
          Roles.COST_ACCOUNTANT,
          Roles.ADMIN,
          Roles.INTEGRATION);

  public String getName() {
    var principal = external().getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }

  public String getRoles() {
    return ROLES.stream().filter(external()::isUserInRole).collect(Collectors.joining(", "));
  }

  public boolean isItemEditor() {
    return external().isUserInRole(Roles.PLANNER) || external().isUserInRole(Roles.ADMIN);
  }

  /** The MRP workbench: planning is for planners, supervisors and administrators. */
  public boolean isPlanningUser() {
    return isItemEditor() || external().isUserInRole(Roles.SUPERVISOR);
  }

  /** Suppliers' prices: buyers (planners), cost accountants and administrators. */
  public boolean isPriceReader() {
    return Roles.PRICE_READERS.stream().anyMatch(external()::isUserInRole);
  }

  /** Purchase orders: buyers, supervisors (who receive goods), cost accountants, administrators. */
  public boolean isPurchaseReader() {
    return isPlanningUser() || external().isUserInRole(Roles.COST_ACCOUNTANT);
  }

  /** The terminal: those who declare work on the floor. */
  public boolean isFloorUser() {
    return isPlanningUser() || external().isUserInRole(Roles.OPERATOR);
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = external();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/");
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
