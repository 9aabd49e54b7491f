package org.officina.scheduling.web;

import java.time.Instant;
import java.util.List;
import org.officina.scheduling.application.ScheduleRunProgress;
import org.officina.scheduling.model.ScheduleKpis;
import org.officina.scheduling.model.ScheduleRunRecord;

/**
 * A scheduling run as the API shows it: its settings, state, progress while it searches, KPIs once
 * done (load, setup and idle in percent of the units' open time up to the last end), which searches
 * it used, why it failed, and for a re-schedule the published run it started from.
 */
public record ScheduleRunResponse(
    long id,
    String status,
    Instant origin,
    int horizonDays,
    int seconds,
    int seed,
    String mode,
    List<String> objectives,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant endedAt,
    Progress progress,
    Kpis kpis,
    String searches,
    String failure,
    Long basedOn) {

  /** How far a running run has got, and what its best schedule so far comes to. */
  public record Progress(
      int percent, double seconds, long unplaced, long firstObjective, String foundBy) {}

  /** A draft's figures. */
  public record Kpis(
      int orders,
      int operations,
      int lateOrders,
      long weightedTardiness,
      long tardinessMinutes,
      long setupMinutes,
      double loadPct,
      double setupPct,
      double idlePct,
      long makespanMinutes,
      int unplaced) {

    static Kpis of(ScheduleKpis kpis) {
      return new Kpis(
          kpis.orders(),
          kpis.operations(),
          kpis.lateOrders(),
          kpis.weightedTardiness(),
          kpis.tardinessMinutes(),
          kpis.setupMinutes(),
          round(kpis.loadPct()),
          round(kpis.setupPct()),
          round(kpis.idlePct()),
          kpis.makespanMinutes(),
          kpis.unplaced());
    }

    private static double round(double percent) {
      return Math.round(percent * 10) / 10.0;
    }
  }

  static ScheduleRunResponse of(ScheduleRunRecord run, ScheduleRunProgress.Progress progress) {
    return new ScheduleRunResponse(
        run.id(),
        run.status().name(),
        run.origin(),
        run.request().horizonDays(),
        run.request().seconds(),
        run.request().seed(),
        run.request().mode().name(),
        run.request().objectives().stream().map(Enum::name).toList(),
        run.requestedBy(),
        run.requestedAt(),
        run.startedAt(),
        run.endedAt(),
        progress == null
            ? null
            : new Progress(
                progress.percent(),
                Math.round(progress.seconds() * 10) / 10.0,
                progress.unplaced(),
                progress.firstObjective(),
                progress.foundBy()),
        run.kpis() == null ? null : Kpis.of(run.kpis()),
        run.searches(),
        run.failure(),
        run.basedOn());
  }
}
