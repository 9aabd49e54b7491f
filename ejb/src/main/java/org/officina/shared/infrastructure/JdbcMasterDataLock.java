package org.officina.shared.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.officina.shared.model.MasterDataLock;

/** The master data lock as one row of {@code master_data_lock}, locked FOR UPDATE. */
@Dependent
public class JdbcMasterDataLock implements MasterDataLock {

  @PersistenceContext EntityManager em;

  @Override
  public void acquire() {
    Jdbc.of(em)
        .query("SELECT id FROM master_data_lock WHERE id = 1 FOR UPDATE", rs -> rs.getInt(1));
  }
}
