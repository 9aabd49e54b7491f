package org.officina.scheduling.web;

import java.io.Serializable;
import java.util.List;
import org.officina.scheduling.model.ScheduleKpis;
import org.officina.scheduling.model.ScheduleRunRecord;

/**
 * A run's KPIs beside the live schedule's, as a planner reads them before publishing: each figure
 * in both, the difference, and whether the run is better on it (lower is better for every one but
 * the load); and the orders late in one of them only.
 */
public record ScheduleKpiRows(
    List<Row> rows, List<String> lateOnlyInRun, List<String> lateOnlyInLive)
    implements Serializable {

  /** One figure: its message key, its value in the run and in the live schedule. */
  public record Row(String key, double run, double live, boolean higherIsBetter)
      implements Serializable {

    public double difference() {
      return run - live;
    }

    public boolean better() {
      return higherIsBetter ? run > live : run < live;
    }

    public boolean worse() {
      return higherIsBetter ? run < live : run > live;
    }
  }

  static ScheduleKpiRows of(
      ScheduleRunRecord run,
      ScheduleRunRecord live,
      List<String> lateInRun,
      List<String> lateInLive) {
    ScheduleKpis a = run.kpis();
    ScheduleKpis b = live.kpis() == null ? a : live.kpis();
    List<Row> rows =
        List.of(
            new Row("lateOrders", a.lateOrders(), b.lateOrders(), false),
            new Row("weightedTardiness", a.weightedTardiness(), b.weightedTardiness(), false),
            new Row(
                "tardinessHours", a.tardinessMinutes() / 60.0, b.tardinessMinutes() / 60.0, false),
            new Row("setupHours", a.setupMinutes() / 60.0, b.setupMinutes() / 60.0, false),
            new Row("loadPct", a.loadPct(), b.loadPct(), true),
            new Row("setupPct", a.setupPct(), b.setupPct(), false),
            new Row("idlePct", a.idlePct(), b.idlePct(), false),
            new Row("makespanHours", a.makespanMinutes() / 60.0, b.makespanMinutes() / 60.0, false),
            new Row("unplaced", a.unplaced(), b.unplaced(), false));
    return new ScheduleKpiRows(
        rows,
        ScheduleComparison.minus(lateInRun, lateInLive),
        ScheduleComparison.minus(lateInLive, lateInRun));
  }
}
