package org.officina.planning.model;

import java.time.Instant;

/**
 * A run as it is kept, to follow it and to compare runs: its request, who asked and when, its state
 * and progress (items planned of all items), what it produced, how long each phase took, why it
 * failed if it did, and the run whose rows hold its plan: its own, or for a net-change run the run
 * whose plan it changed in place.
 */
public record MrpRunRecord(
    long id,
    MrpRunRequest request,
    MrpRunStatus status,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant endedAt,
    int attempts,
    Integer itemsTotal,
    Integer itemsPlanned,
    Integer plannedOrders,
    Integer peggingLinks,
    Integer messages,
    Integer beyondHorizon,
    Long loadMillis,
    Long planMillis,
    Long writeMillis,
    String failure,
    boolean live,
    Long planRunId) {

  /** The run whose rows hold this run's planned orders, pegging and messages. */
  public long planRows() {
    return planRunId == null ? id : planRunId;
  }
}
