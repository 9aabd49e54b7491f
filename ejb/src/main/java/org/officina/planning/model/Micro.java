package org.officina.planning.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Quantities as whole millionths in a long: exact for every quantity the database holds
 * (DECIMAL(18,6)) and fast enough to net hundreds of thousands of items, where BigDecimal would
 * allocate at every step.
 */
final class Micro {

  static final long ONE = 1_000_000L;

  private Micro() {}

  static long of(BigDecimal value) {
    return value == null
        ? 0
        : value.movePointRight(6).setScale(0, RoundingMode.UP).longValueExact();
  }

  /** The quantity as a decimal without trailing zeros, never in exponent form (20, not 2E+1). */
  static BigDecimal decimal(long micro) {
    BigDecimal stripped = BigDecimal.valueOf(micro, 6).stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The smallest whole number of units at least this quantity. */
  static long wholeUnitsUp(long micro) {
    return Math.floorDiv(micro + ONE - 1, ONE) * ONE;
  }

  /** The smallest multiple of step at least this quantity (step > 0). */
  static long multipleUp(long micro, long step) {
    return Math.floorDiv(micro + step - 1, step) * step;
  }
}
