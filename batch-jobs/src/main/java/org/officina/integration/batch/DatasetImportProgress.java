package org.officina.integration.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phase each running dataset-import job has reached, for the portal's progress bar. It lives in
 * memory: one import is one transaction, so after a restart there is no partial progress to show.
 */
@ApplicationScoped
public class DatasetImportProgress {

  private final Map<Long, Integer> phasesDone = new ConcurrentHashMap<>();

  void reached(long execution, int phases) {
    phasesDone.put(execution, phases);
  }

  void forget(long execution) {
    phasesDone.remove(execution);
  }

  int phasesDone(long execution) {
    return phasesDone.getOrDefault(execution, 0);
  }
}
