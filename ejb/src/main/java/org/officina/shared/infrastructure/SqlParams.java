package org.officina.shared.infrastructure;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Typed, null-safe parameters of a statement, bound in order. */
public final class SqlParams {
  private final PreparedStatement ps;
  private int index;

  SqlParams(PreparedStatement ps) {
    this.ps = ps;
  }

  public SqlParams text(String value) throws SQLException {
    if (value == null) {
      ps.setNull(++index, Types.VARCHAR);
    } else {
      ps.setString(++index, value);
    }
    return this;
  }

  public SqlParams decimal(BigDecimal value) throws SQLException {
    if (value == null) {
      ps.setNull(++index, Types.DECIMAL);
    } else {
      ps.setBigDecimal(++index, value);
    }
    return this;
  }

  public SqlParams integer(Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(++index, Types.INTEGER);
    } else {
      ps.setInt(++index, value);
    }
    return this;
  }

  public SqlParams id(long value) throws SQLException {
    ps.setLong(++index, value);
    return this;
  }

  /** A whole number that may exceed an int: minutes summed over a schedule, say. */
  public SqlParams bigint(long value) throws SQLException {
    ps.setLong(++index, value);
    return this;
  }

  public SqlParams nullableId(Long value) throws SQLException {
    if (value == null) {
      ps.setNull(++index, Types.BIGINT);
    } else {
      ps.setLong(++index, value);
    }
    return this;
  }

  public SqlParams bytes(byte[] value) throws SQLException {
    ps.setBytes(++index, value);
    return this;
  }

  public SqlParams bool(boolean value) throws SQLException {
    ps.setBoolean(++index, value);
    return this;
  }

  public SqlParams date(LocalDate value) throws SQLException {
    if (value == null) {
      ps.setNull(++index, Types.DATE);
    } else {
      ps.setDate(++index, Date.valueOf(value));
    }
    return this;
  }

  public SqlParams instant(Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(++index, Types.TIMESTAMP);
    } else {
      ps.setTimestamp(++index, Timestamp.valueOf(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
    }
    return this;
  }

  void value(Object value) throws SQLException {
    if (value instanceof Long id) {
      id(id);
    } else if (value instanceof Integer number) {
      integer(number);
    } else if (value instanceof BigDecimal decimal) {
      decimal(decimal);
    } else if (value instanceof LocalDate date) {
      date(date);
    } else if (value instanceof Boolean flag) {
      bool(flag);
    } else if (value instanceof Instant instant) {
      instant(instant);
    } else {
      text(value == null ? null : value.toString());
    }
  }
}
