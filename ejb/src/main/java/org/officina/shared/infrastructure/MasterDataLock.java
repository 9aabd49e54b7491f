package org.officina.shared.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Serialises the changes of product structure (bills, routings, dataset imports) until their
 * transaction ends. Each change checks the whole structure (a cycle may close through any bill), so
 * two checks side by side could each pass and together commit a cycle; one lock row makes them take
 * turns. Reads do not wait.
 */
@Dependent
public class MasterDataLock {

  @PersistenceContext EntityManager em;

  public void acquire() {
    Jdbc.of(em)
        .query("SELECT id FROM master_data_lock WHERE id = 1 FOR UPDATE", rs -> rs.getInt(1));
  }
}
