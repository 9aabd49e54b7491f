package org.officina.scheduling.model;

/**
 * Where a scheduling run stands: waiting for its job, running, done (a draft a planner can compare
 * and publish), published (the schedule the floor follows), superseded (published once, until
 * another was), or failed with nothing kept.
 */
public enum ScheduleRunStatus {
  QUEUED,
  RUNNING,
  DRAFT,
  PUBLISHED,
  SUPERSEDED,
  FAILED;

  public boolean ended() {
    return this != QUEUED && this != RUNNING;
  }
}
