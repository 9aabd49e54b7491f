package org.officina.planning.model;

import java.util.Collection;
import org.officina.resources.model.CalendarDefinition;

/**
 * Loads what a regenerative run plans from with one query per table, whatever the size of the
 * plant.
 */
public interface PlanningSnapshots {
  PlanningSnapshot load(String plant, Collection<CalendarDefinition> calendars);
}
