package org.officina.resources.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Changeover;
import org.officina.resources.model.Department;
import org.officina.resources.model.Machine;
import org.officina.resources.model.Operator;
import org.officina.resources.model.PlantResources;
import org.officina.resources.model.Tool;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.PlanningDataChanged;
import org.officina.shared.model.Roles;

/** The plant's resources: calendars, departments, work centers, machines, tools, operators. */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class PlantResourceService {

  @Inject PlantResources resources;
  @Inject Event<PlanningDataChanged> planningChanges;

  /**
   * The plants' codes. Anyone may know them: net change records a change for every plant in the
   * transaction that makes it, whoever makes it (a job, a message, any user).
   */
  @PermitAll
  public List<String> plants() {
    return resources.plants();
  }

  public List<CalendarDefinition> calendars() {
    return resources.calendars();
  }

  public List<Department> departments() {
    return resources.departments();
  }

  public List<Tool> tools() {
    return resources.tools();
  }

  public List<WorkCenter> workCenters() {
    return resources.workCenters();
  }

  public List<Changeover> changeovers() {
    return resources.changeovers();
  }

  public List<Machine> machines() {
    return resources.machines();
  }

  public List<Operator> operators() {
    return resources.operators();
  }

  /**
   * Creates or updates each resource given, by code, in an order that keeps references valid; the
   * changeovers replace the matrix of each work center they name.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void save(
      Collection<CalendarDefinition> calendars,
      Collection<Department> departments,
      Collection<Tool> tools,
      Collection<WorkCenter> workCenters,
      Collection<Changeover> changeovers,
      Collection<Machine> machines,
      Collection<Operator> operators) {
    resources.saveCalendars(calendars);
    resources.saveDepartments(departments);
    resources.saveTools(tools);
    resources.saveWorkCenters(workCenters);
    resources.replaceChangeovers(changeovers);
    resources.saveMachines(machines);
    resources.saveOperators(operators);
    if (!calendars.isEmpty() || !departments.isEmpty() || !workCenters.isEmpty()) {
      planningChanges.fire(PlanningDataChanged.everything());
    }
  }
}
