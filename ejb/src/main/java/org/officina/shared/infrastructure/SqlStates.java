package org.officina.shared.infrastructure;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What an integrity constraint violation is, from its SQLState (class 23) and, for Oracle, which
 * reports them all as 23000, its error code: the same on PostgreSQL, Oracle and H2. Never from the
 * text of a message, which changes with the database, its version and its language.
 */
public final class SqlStates {

  /** The kinds of constraint a change can break. */
  public enum Violated {
    /** A key or unique constraint: the row exists already. */
    UNIQUE,
    /** A foreign key: the row is used by another, or refers to one that is gone. */
    FOREIGN_KEY,
    /** Another integrity constraint (not null, check). */
    OTHER
  }

  private static final int ORACLE_UNIQUE = 1;
  private static final int ORACLE_PARENT_MISSING = 2291;
  private static final int ORACLE_CHILD_EXISTS = 2292;

  private SqlStates() {}

  /** The constraint a failure broke, looking through its causes, if it broke one. */
  public static Optional<Violated> violated(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return violated(sql);
      }
    }
    return Optional.empty();
  }

  private static Optional<Violated> violated(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      String state = String.valueOf(next.getSQLState());
      if (!state.startsWith("23")) {
        continue;
      }
      int code = next.getErrorCode();
      if (state.equals("23505") || code == ORACLE_UNIQUE) {
        return Optional.of(Violated.UNIQUE);
      }
      if (state.equals("23503") || code == ORACLE_PARENT_MISSING || code == ORACLE_CHILD_EXISTS) {
        return Optional.of(Violated.FOREIGN_KEY);
      }
      return Optional.of(Violated.OTHER);
    }
    return Optional.empty();
  }
}
