package org.officina.planning.model;

/**
 * Stores a run's results; whatever an earlier attempt of the same run left is replaced, so a
 * restarted run ends with exactly one copy.
 */
public interface MrpResults {
  void replace(long run, MrpResult result, PlanningSnapshot snapshot);

  /**
   * Changes a live plan in place with what a net-change run re-planned: the re-planned items'
   * planned orders, messages and pegging ends are replaced, their new orders numbered after the
   * plan's, and the orders and firm planned orders of the parents it kept are given what covers
   * them now in place of what covered them before.
   *
   * @param run the run whose rows hold the live plan
   */
  void amend(long run, MrpResult result, PlanningSnapshot snapshot);
}
