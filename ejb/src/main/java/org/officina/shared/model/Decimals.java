package org.officina.shared.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one form of a decimal Officina keeps and compares: no trailing zeros, never an exponent. The
 * database gives 30.000000 and a file 30 or 30.0; both become 30, so an unchanged value reads as
 * unchanged and shows as people write it.
 */
public final class Decimals {

  private Decimals() {}

  /** What every decimal column holds: DECIMAL(18,6). */
  public static final int INTEGER_DIGITS = 12;

  public static final int FRACTION_DIGITS = 6;

  /** Why a value does not fit a decimal column, if it does not. */
  public static Optional<Violation> check(String field, BigDecimal value) {
    BigDecimal normal = normal(value);
    if (normal.precision() - normal.scale() > INTEGER_DIGITS || normal.scale() > FRACTION_DIGITS) {
      return Optional.of(
          Violation.of(
              field, "quantity.digits", value.toPlainString(), INTEGER_DIGITS, FRACTION_DIGITS));
    }
    return Optional.empty();
  }

  public static BigDecimal normal(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
