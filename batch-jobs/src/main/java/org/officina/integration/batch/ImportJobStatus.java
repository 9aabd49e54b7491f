package org.officina.integration.batch;

import java.time.Instant;
import java.util.List;
import org.officina.shared.model.ImportError;

/**
 * Where an items-import job stands: its batch status (STARTING, STARTED, COMPLETED, FAILED,
 * STOPPED, ...), the rows in the file and how many are loaded, what the load did, and, for a
 * refused file, its errors.
 */
public record ImportJobStatus(
    long id,
    String status,
    String exitStatus,
    String startedBy,
    Instant createdAt,
    Instant endedAt,
    long rows,
    long loaded,
    long created,
    long updated,
    long unchanged,
    long errorCount,
    List<ImportError> errors) {

  public ImportJobStatus {
    errors = List.copyOf(errors);
  }

  public boolean running() {
    return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
  }

  /** Percent of the rows loaded, for a progress bar. */
  public int percent() {
    if (status.equals("COMPLETED")) {
      return 100;
    }
    return rows == 0 ? 0 : (int) Math.min(99, loaded * 100 / rows);
  }
}
