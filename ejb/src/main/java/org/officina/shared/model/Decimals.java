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

  /**
   * The longest decimal worth reading: DECIMAL(18,6) written out, with sign, point and trailing
   * zeros to spare. Reading and normalising cost time that grows with the square of a number's
   * length or exponent (1E+200000 held a core for 27 s), so anything longer, or further from the
   * columns, is refused before any arithmetic.
   */
  public static final int MOST_CHARACTERS = 40;

  /** Why a value does not fit a decimal column, if it does not. */
  public static Optional<Violation> check(String field, BigDecimal value) {
    if (huge(value)) {
      return Optional.of(tooManyDigits(field, value));
    }
    BigDecimal normal = normal(value);
    if (normal.precision() - normal.scale() > INTEGER_DIGITS || normal.scale() > FRACTION_DIGITS) {
      return Optional.of(tooManyDigits(field, value));
    }
    return Optional.empty();
  }

  /**
   * Whether a value is far outside every decimal column, told in constant time from its precision
   * and scale (digits before the point are precision less scale, whatever the notation), so that it
   * can be refused before it is normalised or computed with.
   */
  public static boolean huge(BigDecimal value) {
    return value.precision() - value.scale() > INTEGER_DIGITS
        || value.scale() > MOST_CHARACTERS
        || value.precision() > MOST_CHARACTERS;
  }

  /** The refusal of a value with too many digits, which shows a huge one shortened. */
  public static Violation tooManyDigits(String field, BigDecimal value) {
    return Violation.of(field, "quantity.digits", shown(value), INTEGER_DIGITS, FRACTION_DIGITS);
  }

  /** The refusal of a decimal whose text is too long to read, shown shortened. */
  public static Violation tooManyDigits(String field, String text) {
    return Violation.of(field, "quantity.digits", shortened(text), INTEGER_DIGITS, FRACTION_DIGITS);
  }

  private static String shown(BigDecimal value) {
    return huge(value) ? shortened(value.toString()) : value.toPlainString();
  }

  private static String shortened(String text) {
    return text.length() <= MOST_CHARACTERS ? text : text.substring(0, MOST_CHARACTERS) + "…";
  }

  public static BigDecimal normal(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
