package org.officina.integration.batch;

import java.time.Instant;
import org.officina.integration.application.DatasetResult;

/**
 * A dataset-import job as the portal and the API show it: its state, the phase reached out of all
 * phases, and, once ended, its result (the lines of each file, or every error).
 */
public record DatasetJobStatus(
    long id,
    String status,
    String exitStatus,
    String startedBy,
    Instant createdAt,
    Instant endedAt,
    int phasesDone,
    int phases,
    DatasetResult result) {

  public int percent() {
    return "COMPLETED".equals(status) ? 100 : phasesDone * 100 / phases;
  }

  public boolean running() {
    return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
  }
}
