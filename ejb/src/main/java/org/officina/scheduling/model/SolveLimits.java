package org.officina.scheduling.model;

import java.util.function.BooleanSupplier;

/**
 * How long a run may look for better schedules (seconds of wall-clock time; zero keeps the first
 * schedule), the seed that makes it repeatable, how many search workers it may use (one is
 * repeatable run after run; more search faster but not the same way twice), and what tells it to
 * stop early.
 */
public record SolveLimits(double seconds, int seed, int workers, BooleanSupplier stopRequested) {

  public SolveLimits {
    if (seconds < 0 || workers < 1) {
      throw new IllegalArgumentException("a run needs a time limit and at least one worker");
    }
    stopRequested = stopRequested == null ? () -> false : stopRequested;
  }

  public static SolveLimits of(double seconds, int seed) {
    return new SolveLimits(seconds, seed, 1, null);
  }
}
