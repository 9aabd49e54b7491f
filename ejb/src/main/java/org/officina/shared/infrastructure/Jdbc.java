package org.officina.shared.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.officina.shared.model.Page;
import org.postgresql.PGConnection;

/**
 * Set-based SQL on the connection of the current transaction: the one the persistence context uses,
 * so that what JPA wrote earlier in the transaction is seen and everything commits or rolls back
 * together. Bulk writes go in JDBC batches; ids come from the same sequences, in the same blocks,
 * as EclipseLink takes them.
 */
public final class Jdbc {

  private static final int BATCH = 1000;
  private static final int IN_CHUNK = 500;
  private static final int RANGES_PER_QUERY = 100;
  private static final int ID_BLOCK = 100;

  private final Connection connection;

  private Jdbc(Connection connection) {
    this.connection = connection;
  }

  /** A connection of the caller's own (a tool's, a test's). */
  public static Jdbc of(Connection connection) {
    return new Jdbc(connection);
  }

  /** The transaction's connection, after writing out what the persistence context holds. */
  public static Jdbc of(EntityManager em) {
    em.flush();
    return new Jdbc(em.unwrap(Connection.class));
  }

  /** Binds the parameters of one row of a statement. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(SqlParams params, T row) throws SQLException;
  }

  /** Binds the parameters of a single statement. */
  @FunctionalInterface
  public interface Setter {
    void set(SqlParams params) throws SQLException;
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  public interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  public <T> List<T> query(String sql, Mapper<T> mapper, Object... params) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      SqlParams bound = new SqlParams(ps);
      for (Object param : params) {
        bound.value(param);
      }
      ps.setFetchSize(BATCH);
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * A query over many ids or codes, in chunks small enough for any database's limit on IN lists:
   * sql holds {@code IN (%s)} where they go, after the other parameters.
   */
  public <T> List<T> queryIn(String sql, Collection<?> ids, Mapper<T> mapper, Object... params) {
    List<T> rows = new ArrayList<>();
    List<Object> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += IN_CHUNK) {
      List<Object> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
      List<Object> bound = new ArrayList<>(List.of(params));
      bound.addAll(chunk);
      rows.addAll(
          query(
              String.format(sql, String.join(", ", Collections.nCopies(chunk.size(), "?"))),
              mapper,
              bound.toArray()));
    }
    return rows;
  }

  /**
   * A query over many ranges of a column, a hundred ranges a query: sql holds {@code %s} where the
   * condition on the column goes, after the other parameters. Each range is [from, to). PostgreSQL
   * reads ORed ranges through the index; H2 and Oracle would scan the table for them, so there each
   * range gets its own branch of a UNION ALL.
   */
  public void forEachInRanges(
      String sql, String column, List<long[]> ranges, RowHandler handler, Object... params) {
    boolean ored = product().contains("postgres");
    String range = "(" + column + " >= ? AND " + column + " < ?)";
    for (int from = 0; from < ranges.size(); from += RANGES_PER_QUERY) {
      List<long[]> chunk = ranges.subList(from, Math.min(ranges.size(), from + RANGES_PER_QUERY));
      List<Object> bound = new ArrayList<>();
      if (ored) {
        bound.addAll(List.of(params));
      }
      for (long[] r : chunk) {
        if (!ored) {
          bound.addAll(List.of(params));
        }
        bound.addAll(List.of(r[0], r[1]));
      }
      String query =
          ored
              ? String.format(
                  sql, "(" + String.join(" OR ", Collections.nCopies(chunk.size(), range)) + ")")
              : String.join(
                  " UNION ALL ", Collections.nCopies(chunk.size(), String.format(sql, range)));
      forEach(query, handler, bound.toArray());
    }
  }

  /**
   * One page of a query and the number of rows in all: select and from are the query without its
   * conditions, which are joined with AND; parameters bind in order.
   */
  public <T> Page<T> page(
      String select,
      String from,
      List<String> conditions,
      List<Object> params,
      String orderBy,
      int offset,
      int limit,
      Mapper<T> mapper) {
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    long total =
        query("SELECT COUNT(*) " + from + where, rs -> rs.getLong(1), params.toArray()).get(0);
    List<Object> paged = new ArrayList<>(params);
    paged.add(offset);
    paged.add(limit);
    List<T> rows =
        query(
            select
                + " "
                + from
                + where
                + " ORDER BY "
                + orderBy
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
            mapper,
            paged.toArray());
    return new Page<>(rows, total);
  }

  /** The id of every item, by code: what bulk writes bind where a file names items by code. */
  public Map<String, Long> itemIds() {
    Map<String, Long> ids = new HashMap<>();
    query("SELECT id, code FROM item_key", rs -> ids.put(rs.getString(2), rs.getLong(1)));
    return ids;
  }

  /** The ids of the items with these codes, by code; unknown codes are left out. */
  public Map<String, Long> itemIds(Collection<String> codes) {
    Map<String, Long> ids = new HashMap<>();
    queryIn(
        "SELECT id, code FROM item_key WHERE code IN (%s)",
        codes, rs -> ids.put(rs.getString(2), rs.getLong(1)));
    return ids;
  }

  /** Handles one row of a result, which is read row by row without being kept. */
  @FunctionalInterface
  public interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  /** Reads a large result row by row, in fetches of a thousand rows. */
  public void forEach(String sql, RowHandler handler, Object... params) {
    try (PreparedStatement ps = driverConnection().prepareStatement(sql)) {
      SqlParams bound = new SqlParams(ps);
      for (Object param : params) {
        bound.value(param);
      }
      ps.setFetchSize(BATCH);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          handler.handle(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * Gathers the planner's statistics of tables just filled in bulk that have none yet, on
   * PostgreSQL and H2: without them the next queries are planned as if the tables were empty, and a
   * join over millions of rows becomes a nested loop. Once a table has statistics PostgreSQL scales
   * them with the table's size and autovacuum refreshes them, so a run does not pay for an ANALYZE
   * of millions of rows each time (3.5 s for a 200,000-item plan). Oracle gathers its statistics
   * itself.
   */
  public void analyze(String... tables) {
    String product = product();
    if (!product.contains("postgres") && !product.contains("h2")) {
      return;
    }
    boolean postgres = product.contains("postgres");
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        if (!postgres) {
          statement.execute("ANALYZE TABLE " + table);
        } else if (query(
                "SELECT 1 FROM pg_stats WHERE schemaname = current_schema() AND tablename = ? LIMIT 1",
                rs -> 1,
                table)
            .isEmpty()) {
          statement.execute("ANALYZE " + table);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("ANALYZE: " + e.getMessage(), e);
    }
  }

  /**
   * The driver's own connection under the pool's wrapper, on PostgreSQL: the same connection in the
   * same transaction, without the lock the wrapper takes around every call of a result set, which
   * was a fifth of the time a run spent reading two million rows. Statements made on it are closed
   * by their caller.
   */
  private Connection driverConnection() throws SQLException {
    if (connection.isWrapperFor(PGConnection.class) && product().contains("postgres")) {
      return (Connection) connection.unwrap(PGConnection.class);
    }
    return connection;
  }

  private String product() {
    try {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rows appended to a table in bulk: COPY on PostgreSQL, JDBC batches elsewhere. */
  public BulkRows bulk(String table, String... columns) {
    return BulkRows.into(connection, product(), table, columns);
  }

  /** Runs one statement for each row, in batches; returns how many rows each changed. */
  public <T> int[] batch(String sql, Collection<T> rows, Binder<T> binder) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    int[] counts = new int[rows.size()];
    int done = 0;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int pending = 0;
      for (T row : rows) {
        binder.bind(new SqlParams(ps), row);
        ps.addBatch();
        if (++pending == BATCH) {
          done = copy(ps.executeBatch(), counts, done);
          pending = 0;
        }
      }
      if (pending > 0) {
        copy(ps.executeBatch(), counts, done);
      }
      return counts;
    } catch (SQLException e) {
      SQLException cause = e.getNextException() != null ? e.getNextException() : e;
      throw new IllegalStateException(sql + ": " + cause.getMessage(), e);
    }
  }

  private static int copy(int[] batch, int[] counts, int from) {
    System.arraycopy(batch, 0, counts, from, batch.length);
    return from + batch.length;
  }

  /**
   * Writes rows of a table keyed by a code column: rows whose code is there are updated, the others
   * inserted. The binder binds the other columns, in the order given.
   */
  public <T> void upsertByCode(
      String table,
      List<String> columns,
      Collection<T> rows,
      Function<T, String> code,
      Binder<T> binder) {
    Set<String> existing = new HashSet<>(query("SELECT code FROM " + table, rs -> rs.getString(1)));
    List<T> updates = rows.stream().filter(r -> existing.contains(code.apply(r))).toList();
    List<T> inserts = rows.stream().filter(r -> !existing.contains(code.apply(r))).toList();
    String assignments = String.join(" = ?, ", columns) + " = ?";
    batch(
        "UPDATE " + table + " SET " + assignments + " WHERE code = ?",
        updates,
        (p, row) -> {
          binder.bind(p, row);
          p.text(code.apply(row));
        });
    batch(
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", columns)
            + ", code) VALUES ("
            + "?, ".repeat(columns.size())
            + "?)",
        inserts,
        (p, row) -> {
          binder.bind(p, row);
          p.text(code.apply(row));
        });
  }

  /** Runs one statement; returns how many rows it changed. */
  public int update(String sql, Setter setter) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      setter.set(new SqlParams(ps));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Fresh ids from a sequence whose every value ends a block of 100, as EclipseLink reads it. */
  public long[] ids(String sequence, int count) {
    long[] ids = new long[count];
    String sql = nextValueSql(sequence);
    int filled = 0;
    try (Statement statement = connection.createStatement()) {
      while (filled < count) {
        try (ResultSet rs = statement.executeQuery(sql)) {
          rs.next();
          long last = rs.getLong(1);
          for (long id = last - ID_BLOCK + 1; id <= last && filled < count; id++) {
            ids[filled++] = id;
          }
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The next value of a sequence that counts one by one. */
  public long nextValue(String sequence) {
    String sql = nextValueSql(sequence);
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private String nextValueSql(String sequence) {
    String product = product();
    if (product.contains("postgres")) {
      return "SELECT nextval('" + sequence + "')";
    }
    if (product.contains("oracle")) {
      return "SELECT " + sequence + ".NEXTVAL FROM DUAL";
    }
    return "SELECT NEXT VALUE FOR " + sequence;
  }
}
