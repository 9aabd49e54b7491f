package org.officina.scheduling.model;

/**
 * Where a scheduling run stands: waiting for its job, running, done (a draft a planner can compare
 * and, later, publish), or failed with nothing kept.
 */
public enum ScheduleRunStatus {
  QUEUED,
  RUNNING,
  DRAFT,
  FAILED;

  public boolean ended() {
    return this == DRAFT || this == FAILED;
  }
}
