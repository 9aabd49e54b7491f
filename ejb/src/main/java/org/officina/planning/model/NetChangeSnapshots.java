package org.officina.planning.model;

import java.util.Collection;
import org.officina.resources.model.CalendarDefinition;

/** Loads what a net-change run plans from, a set of items per query, never a query per item. */
public interface NetChangeSnapshots {
  /** What a net-change run re-plans and keeps after these items changed. */
  NetChangeScope scope(Collection<String> changed);

  /**
   * Loads the scope's items and the live plan's orders of the kept ones.
   *
   * @param planRun the run whose rows hold the live plan
   */
  PlanningSnapshot load(
      String plant, Collection<CalendarDefinition> calendars, NetChangeScope scope, long planRun);
}
