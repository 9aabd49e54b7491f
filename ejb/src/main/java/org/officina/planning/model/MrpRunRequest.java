package org.officina.planning.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.officina.shared.model.Violation;

/**
 * What a planner or another system asks a run for: the plant, the first day planned, the horizon,
 * regenerative or net change, a simulation (kept apart from the live plan, to compare) or the live
 * plan, the tolerances and suppressed types of the action messages, and whether it only suggests
 * orders (its proposals cannot be firmed: planners order as they see fit), and its {@link
 * MrpOptions}. Not yet checked: {@link #violations} tells. A net-change run changes the live plan,
 * so it plans with the live plan's start, horizon, message settings and options: it may leave them
 * out, and may not ask for others.
 */
public record MrpRunRequest(
    String plant,
    LocalDate start,
    Integer horizonDays,
    MrpMode mode,
    boolean simulation,
    Integer earlyToleranceDays,
    Integer lateToleranceDays,
    Set<MessageType> suppressedMessages,
    boolean suggestionsOnly,
    MrpOptions options) {

  public MrpRunRequest {
    suppressedMessages = suppressedMessages == null ? Set.of() : Set.copyOf(suppressedMessages);
    options = options == null ? MrpOptions.DEFAULT : options;
  }

  /** The longest horizon a run plans: ten years of daily buckets. */
  public static final int MAX_HORIZON_DAYS = 3660;

  /** The parameters of the engine, once the request has no violations. */
  public MrpParameters parameters() {
    return new MrpParameters(
        start,
        horizonDays,
        earlyToleranceDays == null
            ? MrpParameters.DEFAULT_EARLY_TOLERANCE_DAYS
            : earlyToleranceDays,
        lateToleranceDays == null ? MrpParameters.DEFAULT_LATE_TOLERANCE_DAYS : lateToleranceDays,
        suppressedMessages,
        options);
  }

  public List<Violation> violations() {
    List<Violation> violations = new ArrayList<>();
    if (plant == null || plant.isBlank()) {
      violations.add(Violation.of("plant", "mrp.plant.required"));
    }
    boolean netChange = mode == MrpMode.NET_CHANGE;
    if (start == null && !netChange) {
      violations.add(Violation.of("start", "mrp.start.required"));
    }
    if (horizonDays == null && !netChange
        || horizonDays != null && (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS)) {
      violations.add(Violation.of("horizonDays", "mrp.horizon.range", MAX_HORIZON_DAYS));
    }
    if (mode == null) {
      violations.add(Violation.of("mode", "mrp.mode.required"));
    } else if (netChange && simulation) {
      violations.add(Violation.of("simulation", "mrp.netChange.simulation"));
    }
    checkTolerance("earlyToleranceDays", earlyToleranceDays, violations);
    checkTolerance("lateToleranceDays", lateToleranceDays, violations);
    checkTolerance("consumptionBackwardDays", options.consumptionBackwardDays(), violations);
    checkTolerance("consumptionForwardDays", options.consumptionForwardDays(), violations);
    return violations;
  }

  /**
   * This net-change request with the live plan's settings where it leaves them out, or why it
   * cannot change that plan: a setting that differs from the live plan's.
   */
  public List<Violation> conflictsWith(MrpRunRequest live) {
    List<Violation> violations = new ArrayList<>();
    conflict("start", start, live.start(), violations);
    conflict("horizonDays", horizonDays, live.horizonDays(), violations);
    conflict("earlyToleranceDays", earlyToleranceDays, live.earlyToleranceDays(), violations);
    conflict("lateToleranceDays", lateToleranceDays, live.lateToleranceDays(), violations);
    if (!suppressedMessages.isEmpty()) {
      conflict("suppressMessages", suppressedMessages, live.suppressedMessages(), violations);
    }
    if (suggestionsOnly) {
      conflict("suggestionsOnly", true, live.suggestionsOnly(), violations);
    }
    if (!options.equals(MrpOptions.DEFAULT)) {
      conflict("options", options.text(), live.options().text(), violations);
    }
    return violations;
  }

  private static void conflict(String field, Object asked, Object live, List<Violation> into) {
    if (asked != null && !asked.equals(live)) {
      into.add(Violation.of(field, "mrp.netChange.otherSetting", asked, live));
    }
  }

  /** This request planned with the live plan's start, horizon and message settings. */
  public MrpRunRequest on(MrpRunRequest live) {
    return new MrpRunRequest(
        plant,
        live.start(),
        live.horizonDays(),
        mode,
        simulation,
        live.earlyToleranceDays(),
        live.lateToleranceDays(),
        live.suppressedMessages(),
        live.suggestionsOnly(),
        live.options());
  }

  private static void checkTolerance(String field, Integer days, List<Violation> violations) {
    if (days != null && (days < 0 || days > MAX_HORIZON_DAYS)) {
      violations.add(Violation.of(field, "mrp.tolerance.range", MAX_HORIZON_DAYS));
    }
  }
}
