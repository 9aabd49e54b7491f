package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.officina.shared.model.Violation;

/**
 * What a planner asks a scheduling run for: how many days ahead its calendars reach, how long it
 * may search (seconds; 0 keeps the dispatcher's schedule), the seed of its searches, forward or
 * backward, and the objectives in order (the first decides).
 */
public record ScheduleRunRequest(
    int horizonDays,
    int seconds,
    int seed,
    SchedulingProblem.Mode mode,
    List<Objective> objectives) {

  public static final int MAX_HORIZON_DAYS = 730;
  public static final int MAX_SECONDS = 600;
  public static final List<Objective> DEFAULT_OBJECTIVES =
      List.of(Objective.WEIGHTED_TARDINESS, Objective.SETUP, Objective.FLOW_TIME);

  public ScheduleRunRequest {
    objectives = objectives == null ? null : List.copyOf(objectives);
  }

  /** The request's broken rules, by field; none when it can run. */
  public List<Violation> violations() {
    List<Violation> violations = new ArrayList<>();
    if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
      violations.add(Violation.of("horizonDays", "schedule.horizon.range", MAX_HORIZON_DAYS));
    }
    if (seconds < 0 || seconds > MAX_SECONDS) {
      violations.add(Violation.of("seconds", "schedule.seconds.range", MAX_SECONDS));
    }
    if (mode == null) {
      violations.add(Violation.of("mode", "schedule.mode.required"));
    }
    if (objectives == null || objectives.isEmpty()) {
      violations.add(Violation.of("objectives", "schedule.objectives.required"));
    } else if (new HashSet<>(objectives).size() != objectives.size()) {
      violations.add(Violation.of("objectives", "schedule.objectives.twice"));
    }
    return violations;
  }
}
