package org.officina.shared.infrastructure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day claimed once in a table keyed by the day (run_date, server, claimed_at): every server of a
 * cluster wakes for a nightly job, and the first to insert the day's row runs it.
 */
public final class DayClaims {

  private DayClaims() {}

  /**
   * Claims the day in the table on the connection given, in its transaction: false when another
   * server claimed it (that transaction can then only be rolled back).
   */
  public static boolean claim(Jdbc jdbc, String table, LocalDate day, String server) {
    try {
      jdbc.update(
          "INSERT INTO " + table + " (run_date, server, claimed_at) VALUES (?, ?, ?)",
          p -> p.date(day).text(server).instant(Instant.now()));
      return true;
    } catch (IllegalStateException e) {
      if (SqlStates.violated(e).orElse(null) == SqlStates.Violated.UNIQUE) {
        return false;
      }
      throw e;
    }
  }
}
