package org.officina.scheduling.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two runs side by side, as a planner compares a draft with the published schedule before
 * publishing it: both runs (settings and KPIs) and the orders late in one of them only.
 */
public record ScheduleComparison(
    ScheduleRunResponse run,
    ScheduleRunResponse other,
    List<String> lateOnlyInRun,
    List<String> lateOnlyInOther) {

  static ScheduleComparison of(
      ScheduleRunResponse run,
      ScheduleRunResponse other,
      List<String> lateInRun,
      List<String> lateInOther) {
    return new ScheduleComparison(
        run, other, minus(lateInRun, lateInOther), minus(lateInOther, lateInRun));
  }

  /** The orders of the first list that the second does not hold, in their order. */
  static List<String> minus(List<String> orders, List<String> others) {
    Set<String> taken = new HashSet<>(others);
    List<String> only = new ArrayList<>();
    for (String order : orders) {
      if (!taken.contains(order)) {
        only.add(order);
      }
    }
    return only;
  }
}
