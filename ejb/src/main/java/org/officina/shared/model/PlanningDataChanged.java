package org.officina.shared.model;

import java.util.Collection;
import java.util.Set;

/**
 * Items whose planning data changed (an item, its bill or routing, its demand, supply or stock), or
 * everything (calendars, work centers, the plant's resources): fired in the transaction of the
 * change, so that MRP's net change knows what to re-plan and commits or rolls back with it.
 */
public record PlanningDataChanged(Set<String> items, boolean all) {

  public PlanningDataChanged {
    items = Set.copyOf(items);
  }

  /** These items changed. */
  public static PlanningDataChanged of(Collection<String> items) {
    return new PlanningDataChanged(Set.copyOf(items), false);
  }

  /** Something every item's plan may depend on changed. */
  public static PlanningDataChanged everything() {
    return new PlanningDataChanged(Set.of(), true);
  }

  public boolean isEmpty() {
    return !all && items.isEmpty();
  }
}
