package org.officina.resources.model;

import java.util.Collection;
import java.util.List;

/**
 * Plants, departments, work centers and their changeovers, machines, tools, operators, calendars.
 */
public interface PlantResources {
  /** The plants' codes, in order. */
  List<String> plants();

  void saveCalendars(Collection<CalendarDefinition> calendars);

  List<CalendarDefinition> calendars();

  void saveDepartments(Collection<Department> departments);

  List<Department> departments();

  void saveTools(Collection<Tool> tools);

  List<Tool> tools();

  void saveWorkCenters(Collection<WorkCenter> centers);

  List<WorkCenter> workCenters();

  /** Replaces the changeover matrix of each work center named in the cells given. */
  void replaceChangeovers(Collection<Changeover> changeovers);

  List<Changeover> changeovers();

  void saveMachines(Collection<Machine> machines);

  List<Machine> machines();

  void saveOperators(Collection<Operator> operators);

  List<Operator> operators();
}
