package org.officina.shared.model;

import java.math.BigDecimal;

/**
 * The one form of a decimal Officina keeps and compares: no trailing zeros, never an exponent. The
 * database gives 30.000000 and a file 30 or 30.0; both become 30, so an unchanged value reads as
 * unchanged and shows as people write it.
 */
public final class Decimals {

  private Decimals() {}

  public static BigDecimal normal(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
