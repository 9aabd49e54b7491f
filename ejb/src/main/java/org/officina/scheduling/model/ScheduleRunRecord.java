package org.officina.scheduling.model;

import java.time.Instant;

/**
 * A scheduling run as it is kept: its request, the instant its minute 0 stands for, its state, who
 * asked for it and when, when it ran, its KPIs once done, which searches it used, why it failed,
 * and for a re-schedule the published run it started from.
 */
public record ScheduleRunRecord(
    long id,
    ScheduleRunRequest request,
    Instant origin,
    ScheduleRunStatus status,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant endedAt,
    ScheduleKpis kpis,
    String searches,
    String failure,
    Long basedOn) {

  /** The instant a minute of the run's axis stands for. */
  public Instant at(long minute) {
    return origin.plusSeconds(60 * minute);
  }
}
