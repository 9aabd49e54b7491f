package org.officina.shared.infrastructure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows appended to a table in bulk: on PostgreSQL through COPY, elsewhere (Oracle, H2) through JDBC
 * batches. Values are Long, Integer, String, BigDecimal, LocalDate or Boolean, in the order of the
 * columns; a {@link Decimal} is a decimal already written as plain text, which COPY takes as it is.
 * Closing sends what is left.
 */
public abstract class BulkRows implements AutoCloseable {

  /** A decimal as plain text (1.25, 20): for millions of rows, no BigDecimal for each. */
  public record Decimal(String text) {}

  public abstract void row(Object... values);

  @Override
  public abstract void close();

  /**
   * @param product the database's product name, in lower case
   */
  static BulkRows into(Connection connection, String product, String table, String... columns) {
    try {
      if (product.contains("postgres") && connection.isWrapperFor(PGConnection.class)) {
        return new Copy(connection.unwrap(PGConnection.class), table, columns);
      }
      return new Batch(connection, table, columns);
    } catch (SQLException e) {
      throw new IllegalStateException(table + ": " + e.getMessage(), e);
    }
  }

  /** PostgreSQL's COPY in CSV, sent in pieces of about a megabyte. */
  private static final class Copy extends BulkRows {
    private static final int PIECE = 1 << 20;
    private final CopyIn copy;
    private final String table;
    private final StringBuilder text = new StringBuilder(PIECE + 4096);

    Copy(PGConnection connection, String table, String[] columns) throws SQLException {
      this.table = table;
      this.copy =
          connection
              .getCopyAPI()
              .copyIn(
                  "COPY "
                      + table
                      + " ("
                      + String.join(", ", columns)
                      + ") FROM STDIN WITH (FORMAT csv)");
    }

    @Override
    public void row(Object... values) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          text.append(',');
        }
        append(values[i]);
      }
      text.append('\n');
      if (text.length() >= PIECE) {
        send();
      }
    }

    private void append(Object value) {
      if (value == null) {
        return;
      }
      if (value instanceof Decimal decimal) {
        text.append(decimal.text());
      } else if (value instanceof BigDecimal decimal) {
        text.append(decimal.toPlainString());
      } else if (value instanceof String string) {
        text.append('"').append(string.replace("\"", "\"\"")).append('"');
      } else {
        text.append(value);
      }
    }

    private void send() {
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      text.setLength(0);
      try {
        copy.writeToCopy(bytes, 0, bytes.length);
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    @Override
    public void close() {
      try {
        send();
        copy.endCopy();
      } catch (SQLException e) {
        throw failure(e);
      } finally {
        if (copy.isActive()) {
          try {
            copy.cancelCopy();
          } catch (SQLException e) {
            // the copy failed already; its first error is the one thrown
          }
        }
      }
    }

    private IllegalStateException failure(SQLException e) {
      return new IllegalStateException("COPY " + table + ": " + e.getMessage(), e);
    }
  }

  /** An INSERT sent in JDBC batches of a thousand rows. */
  private static final class Batch extends BulkRows {
    private static final int SIZE = 1000;
    private final PreparedStatement insert;
    private final String table;
    private int pending;

    Batch(Connection connection, String table, String[] columns) throws SQLException {
      this.table = table;
      this.insert =
          connection.prepareStatement(
              "INSERT INTO "
                  + table
                  + " ("
                  + String.join(", ", columns)
                  + ") VALUES ("
                  + String.join(", ", Collections.nCopies(columns.length, "?"))
                  + ")");
    }

    @Override
    public void row(Object... values) {
      try {
        for (int i = 0; i < values.length; i++) {
          bind(i + 1, values[i]);
        }
        insert.addBatch();
        if (++pending == SIZE) {
          insert.executeBatch();
          pending = 0;
        }
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    private void bind(int index, Object value) throws SQLException {
      if (value == null) {
        insert.setNull(index, Types.VARCHAR);
      } else if (value instanceof Decimal decimal) {
        insert.setBigDecimal(index, new BigDecimal(decimal.text()));
      } else if (value instanceof LocalDate date) {
        insert.setObject(index, date);
      } else {
        insert.setObject(index, value);
      }
    }

    @Override
    public void close() {
      try (insert) {
        if (pending > 0) {
          insert.executeBatch();
        }
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    private IllegalStateException failure(SQLException e) {
      SQLException cause = e.getNextException() != null ? e.getNextException() : e;
      return new IllegalStateException("INSERT INTO " + table + ": " + cause.getMessage(), e);
    }
  }
}
