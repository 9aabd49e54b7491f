package org.officina.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.officina.planning.infrastructure.JdbcNetChanges;
import org.officina.shared.model.PlanningDataChanged;

/**
 * Keeps the planning file of net change: every change to what MRP plans from is recorded in the
 * transaction that makes it, so that it is planned exactly when it is committed.
 */
@ApplicationScoped
public class NetChangeCapture {

  @Inject JdbcNetChanges changes;

  void on(@Observes PlanningDataChanged change) {
    changes.record(change);
  }
}
