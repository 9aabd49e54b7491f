package org.officina.planning.model;

/** Where a run is: waiting for the batch runtime, running, or ended one way or another. */
public enum MrpRunStatus {
  QUEUED,
  RUNNING,
  COMPLETED,
  FAILED,
  STOPPED;

  public boolean ended() {
    return this == COMPLETED || this == FAILED || this == STOPPED;
  }
}
