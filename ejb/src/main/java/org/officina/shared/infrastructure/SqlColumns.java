package org.officina.shared.infrastructure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.officina.shared.model.Decimals;

/** Reading nullable columns of a result, and matching columns by their start with LIKE. */
public final class SqlColumns {

  private SqlColumns() {}

  /** The SQL that matches a column from its start: {@code column LIKE ? ESCAPE '\'}. */
  public static String startsWith(String column) {
    return column + " LIKE ? ESCAPE '\\'";
  }

  /** The parameter of {@link #startsWith}: the prefix with LIKE's wildcards taken literally. */
  public static String prefix(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  public static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  /** A whole number that may exceed an int, or null. */
  public static Long bigint(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** The column at this position: for loops over millions of rows, no lookup of a name each. */
  public static Integer integer(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  /** A date as it is stored, read without a calendar or the server's time zone. */
  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  public static LocalDate date(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  /** A decimal as the exchange format compares it: no trailing zeros. */
  public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    return Decimals.normal(rs.getBigDecimal(column));
  }

  public static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
    return Decimals.normal(rs.getBigDecimal(column));
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }

  public static String text(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? "" : value;
  }
}
