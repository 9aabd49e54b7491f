package org.officina.planning.model;

import java.util.Collection;
import org.officina.shared.model.PlanningDataChanged;

/**
 * The planning file of net change: one entry per plant and changed item, written with the change,
 * read by the next run and deleted when it commits (only the entries it read).
 */
public interface NetChanges {
  /** Records the change for each of these plants. */
  void record(PlanningDataChanged change, Collection<String> plants);

  /**
   * What changed for the plant since its last run; more items than a change may name count as
   * everything, as several imports in a row add up to.
   */
  PendingChanges pending(String plant);

  /** Deletes the entries a run planned from. */
  void consume(PendingChanges changes);
}
