package org.officina.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.officina.planning.model.NetChanges;
import org.officina.resources.application.PlantResourceService;
import org.officina.shared.model.PlanningDataChanged;

/**
 * Keeps the planning file of net change: every change to what MRP plans from is recorded in the
 * transaction that makes it, so that it is planned exactly when it is committed.
 */
@ApplicationScoped
public class NetChangeCapture {

  @Inject NetChanges changes;
  @Inject PlantResourceService plants;

  void on(@Observes PlanningDataChanged change) {
    if (!change.isEmpty()) {
      changes.record(change, plants.plants());
    }
  }
}
