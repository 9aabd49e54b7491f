package org.officina.planning.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The parameters of one run: the first day planned, the horizon in days, the tolerances within
 * which an open order that arrives earlier or later than needed gets no message, the types of
 * message the planners do not want from it, and its {@link MrpOptions}.
 */
public record MrpParameters(
    LocalDate start,
    int horizonDays,
    int earlyToleranceDays,
    int lateToleranceDays,
    Set<MessageType> suppressedMessages,
    MrpOptions options) {

  public static final int DEFAULT_EARLY_TOLERANCE_DAYS = 2;
  public static final int DEFAULT_LATE_TOLERANCE_DAYS = 0;

  public MrpParameters {
    if (start == null) {
      throw new IllegalArgumentException("a run needs a start date");
    }
    if (horizonDays < 1) {
      throw new IllegalArgumentException(
          "the horizon must be at least one day, not " + horizonDays);
    }
    if (earlyToleranceDays < 0 || lateToleranceDays < 0) {
      throw new IllegalArgumentException("tolerances are days, zero or more");
    }
    suppressedMessages =
        suppressedMessages == null || suppressedMessages.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(suppressedMessages));
    options = options == null ? MrpOptions.DEFAULT : options;
  }

  /** The run's parameters without options beyond its dates and messages. */
  public MrpParameters(
      LocalDate start,
      int horizonDays,
      int earlyToleranceDays,
      int lateToleranceDays,
      Set<MessageType> suppressedMessages) {
    this(
        start,
        horizonDays,
        earlyToleranceDays,
        lateToleranceDays,
        suppressedMessages,
        MrpOptions.DEFAULT);
  }

  /** These parameters with these options. */
  public MrpParameters with(MrpOptions options) {
    return new MrpParameters(
        start, horizonDays, earlyToleranceDays, lateToleranceDays, suppressedMessages, options);
  }

  public static MrpParameters of(LocalDate start, int horizonDays) {
    return new MrpParameters(
        start, horizonDays, DEFAULT_EARLY_TOLERANCE_DAYS, DEFAULT_LATE_TOLERANCE_DAYS, Set.of());
  }
}
