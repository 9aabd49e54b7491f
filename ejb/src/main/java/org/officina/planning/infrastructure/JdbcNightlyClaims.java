package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.officina.planning.model.NightlyClaims;
import org.officina.shared.infrastructure.DayClaims;
import org.officina.shared.infrastructure.Jdbc;

/** Nightly claims as rows of mrp_nightly_claim, whose key is the day. */
@Dependent
public class JdbcNightlyClaims implements NightlyClaims {

  @PersistenceContext EntityManager em;

  @Override
  public boolean claim(LocalDate day, String server) {
    return DayClaims.claim(Jdbc.of(em), "mrp_nightly_claim", day, server);
  }
}
