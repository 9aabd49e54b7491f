package org.officina.integration.infrastructure.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.officina.shared.model.Codes;
import org.officina.shared.model.Decimals;
import org.officina.shared.model.Violation;

/**
 * One data line of an exchange-format file, read cell by cell: each reading of a cell that cannot
 * be understood records a violation against that column and yields the fallback, so one pass over a
 * line reports everything wrong with it.
 */
public final class CsvRow {

  static final int CODE_MAX_LENGTH = 40;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final long line;
  private final CSVRecord record;
  private final Map<String, Integer> columns;
  private final List<Violation> violations = new ArrayList<>();

  CsvRow(long line, CSVRecord record, Map<String, Integer> columns) {
    this.line = line;
    this.record = record;
    this.columns = columns;
  }

  public long line() {
    return line;
  }

  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  public void refuse(Violation violation) {
    violations.add(violation);
  }

  /** Whether the file has the column at all. */
  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /** The cell's text, or null when the column is absent or the cell empty. */
  public String cell(String column) {
    Integer index = columns.get(column);
    if (index == null || index >= record.size()) {
      return null;
    }
    String value = record.get(index);
    return value.isEmpty() ? null : value;
  }

  public String text(String column) {
    String value = cell(column);
    return value == null ? "" : value;
  }

  /** A required cell: its text, or a violation and an empty text. */
  public String required(String column) {
    String value = cell(column);
    if (value == null) {
      violations.add(Violation.of(column, "value.required"));
      return "";
    }
    return value;
  }

  /** A required code: letters, digits, '.', '_' and '-', starting with a letter or digit. */
  public String requiredCode(String column) {
    String value = required(column);
    checkCode(column, value);
    return value;
  }

  /** An optional code, null when the cell is empty. */
  public String optionalCode(String column) {
    String value = cell(column);
    if (value != null) {
      checkCode(column, value);
    }
    return value;
  }

  private void checkCode(String column, String value) {
    if (value.isEmpty()) {
      return;
    }
    if (value.length() > CODE_MAX_LENGTH) {
      violations.add(Violation.of(column, "text.tooLong", CODE_MAX_LENGTH));
    } else if (!CODE.matcher(value).matches()) {
      violations.add(Violation.of(column, "code.pattern", value));
    }
  }

  /** Free text, refused when longer than the given length. */
  public String text(String column, int maxLength) {
    String value = text(column);
    if (value.length() > maxLength) {
      violations.add(Violation.of(column, "text.tooLong", maxLength));
    }
    return value;
  }

  /** A list of values separated by ';', empty when the cell is. */
  public List<String> list(String column) {
    String value = cell(column);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public <E extends Enum<E>> E code(String column, Class<E> type, E fallback) {
    String value = cell(column);
    if (value == null) {
      if (fallback == null) {
        violations.add(Violation.of(column, "value.required"));
      }
      return fallback;
    }
    return Codes.parse(type, value)
        .orElseGet(
            () -> {
              violations.add(Violation.of(column, "value.oneOf", value, Codes.allowed(type)));
              return fallback;
            });
  }

  public Integer integer(String column, Integer fallback) {
    String value = cell(column);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      violations.add(Violation.of(column, "value.notInteger", value));
      return fallback;
    }
  }

  public int requiredInteger(String column) {
    if (cell(column) == null) {
      violations.add(Violation.of(column, "value.required"));
      return 0;
    }
    return integer(column, 0);
  }

  public BigDecimal decimal(String column, BigDecimal fallback) {
    String value = cell(column);
    if (value == null) {
      return fallback;
    }
    if (value.length() > Decimals.MOST_CHARACTERS) {
      violations.add(Decimals.tooManyDigits(column, value));
      return fallback;
    }
    try {
      BigDecimal read = new BigDecimal(value);
      Decimals.check(column, read).ifPresent(violations::add);
      return Decimals.huge(read) ? fallback : Decimals.normal(read);
    } catch (NumberFormatException e) {
      violations.add(Violation.of(column, "value.notNumber", value));
      return fallback;
    }
  }

  /** A decimal from min to max, both included. */
  public BigDecimal between(String column, BigDecimal fallback, String min, String max) {
    BigDecimal value = decimal(column, fallback);
    if (value != null
        && (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0)) {
      violations.add(Violation.of(column, "value.range", value.toPlainString(), min, max));
    }
    return value;
  }

  /** A decimal that may not be negative. */
  public BigDecimal nonNegative(String column, BigDecimal fallback) {
    BigDecimal value = decimal(column, fallback);
    if (value != null && value.signum() < 0) {
      violations.add(Violation.of(column, "value.negative", value.toPlainString()));
    }
    return value;
  }

  /** A whole number from min to max, both included. */
  public Integer integerBetween(String column, Integer fallback, int min, int max) {
    Integer value = integer(column, fallback);
    if (value != null && (value < min || value > max)) {
      violations.add(Violation.of(column, "value.range", value, min, max));
    }
    return value;
  }

  public BigDecimal requiredDecimal(String column) {
    if (cell(column) == null) {
      violations.add(Violation.of(column, "value.required"));
      return BigDecimal.ZERO;
    }
    return decimal(column, BigDecimal.ZERO);
  }

  public LocalDate date(String column) {
    String value = cell(column);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      violations.add(Violation.of(column, "value.notDate", value));
      return null;
    }
  }

  public LocalDate requiredDate(String column) {
    if (cell(column) == null) {
      violations.add(Violation.of(column, "value.required"));
      return null;
    }
    return date(column);
  }

  public boolean bool(String column, boolean fallback) {
    String value = cell(column);
    if (value == null) {
      return fallback;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    violations.add(Violation.of(column, "value.notBoolean", value));
    return fallback;
  }
}
