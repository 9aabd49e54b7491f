package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.officina.planning.model.NightlyClaims;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlStates;

/** Nightly claims as rows of mrp_nightly_claim, whose key is the day. */
@Dependent
public class JdbcNightlyClaims implements NightlyClaims {

  @PersistenceContext EntityManager em;

  @Override
  public boolean claim(LocalDate day, String server) {
    return claim(Jdbc.of(em), day, server);
  }

  /**
   * Claims the day on the connection given, in its transaction: false when another claimed it (that
   * transaction can then only be rolled back).
   */
  public static boolean claim(Jdbc jdbc, LocalDate day, String server) {
    try {
      jdbc.update(
          "INSERT INTO mrp_nightly_claim (run_date, server, claimed_at) VALUES (?, ?, ?)",
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
