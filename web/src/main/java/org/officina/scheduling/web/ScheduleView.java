package org.officina.scheduling.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.officina.scheduling.application.ScheduleLockService;
import org.officina.scheduling.application.ScheduleRunService;
import org.officina.scheduling.application.ScheduleRunner;
import org.officina.scheduling.batch.ScheduleJobs;
import org.officina.scheduling.model.OperationLock;
import org.officina.scheduling.model.ScheduleResult;
import org.officina.scheduling.model.ScheduleRunRecord;
import org.officina.scheduling.model.ScheduleRunRequest;
import org.officina.scheduling.model.ScheduleRunStatus;
import org.officina.scheduling.model.SchedulingProblem;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.web.Messages;
import org.officina.shared.web.PlantZone;
import org.primefaces.PrimeFaces;
import org.primefaces.event.timeline.TimelineModificationEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;

/**
 * The planner's scheduling board: start a run and follow it, read each run's KPIs beside the live
 * schedule's, publish a draft, and look at a run as a Gantt by work center (a row per unit) or by
 * order; on the live schedule a planner drags an operation to where it should run, which locks it
 * there and re-times what follows, or is refused with the reason.
 */
@Named
@ViewScoped
public class ScheduleView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LATEST = 20;

  /** The most operations one Gantt shows; beyond it a planner narrows it to a work center. */
  static final int MAX_BARS = 3000;

  private static final int LATE_READ = 5000;

  /** The late orders a run shows with their reasons: the latest first (REST gives them all). */
  private static final int LATE_SHOWN = 50;

  @Inject ScheduleRunService runs;
  @Inject ScheduleJobs jobs;
  @Inject ScheduleLockService locks;
  @Inject ScheduleRunner runner;
  @Inject PlantZone plantZone;

  private int horizonDays = 60;
  private int seconds = 30;
  private SchedulingProblem.Mode mode = SchedulingProblem.Mode.FORWARD;
  private List<ScheduleRunRecord> latest = List.of();
  private ScheduleRunRecord run;
  private ScheduleRunRecord live;
  private boolean byOrder;
  private boolean week;
  private String workCenter;
  private List<GanttBar> bars = List.of();
  private long shown;
  private TimelineModel<GanttBar, String> gantt;
  private ScheduleKpiRows comparison;
  private List<ScheduleResult.OrderRow> lateOrders = List.of();
  private Set<String> late = Set.of();

  @PostConstruct
  void init() {
    refresh();
    Optional.ofNullable(live).or(() -> latest.stream().findFirst()).ifPresent(r -> choose(r.id()));
  }

  /** Starts a run with the form's settings. */
  public void start() {
    Outcome<Long> started =
        jobs.start(
            new ScheduleRunRequest(
                horizonDays, seconds, 1, mode, ScheduleRunRequest.DEFAULT_OBJECTIVES));
    if (started instanceof Outcome.Done<Long> done) {
      Messages.info("schedule.started", done.value());
      refresh();
      choose(done.value());
    } else if (started instanceof Outcome.Refused<Long> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
    }
  }

  public void publish(long id) {
    Outcome<ScheduleRunRecord> published = runs.publish(id);
    if (published instanceof Outcome.Refused<ScheduleRunRecord> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
    } else {
      Messages.info("schedule.published", id);
    }
    refresh();
    choose(id);
  }

  /**
   * Reads the runs again (a run under way moves on), keeping the one chosen; its schedule is read
   * again only when its state or the live schedule changed, so that following a run does not redraw
   * the Gantt a planner is looking at.
   */
  public void refresh() {
    latest = runs.latest(LATEST);
    ScheduleRunRecord wasLive = live;
    live = runs.live().orElse(null);
    if (run == null) {
      return;
    }
    ScheduleRunRecord now = runs.run(run.id()).orElse(null);
    boolean liveChanged =
        (wasLive == null) != (live == null) || wasLive != null && wasLive.id() != live.id();
    if (now == null || now.status() != run.status() || liveChanged) {
      choose(run.id());
      // the poll redraws only the runs and the run's header: the schedule itself, when it changed
      if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
        PrimeFaces.current().ajax().update("scheduleForm:runPanel");
      }
    } else {
      run = now;
    }
  }

  public void choose(long id) {
    run = runs.run(id).orElse(null);
    // read once: the table shows the first, the Gantt marks them all, the comparison counts them
    List<ScheduleResult.OrderRow> rows =
        run == null || run.kpis() == null ? List.of() : readLate(run);
    lateOrders = List.copyOf(rows.subList(0, Math.min(rows.size(), LATE_SHOWN)));
    late = new HashSet<>(numbers(rows));
    comparison =
        run == null || live == null || run.id() == live.id() || run.kpis() == null
            ? null
            : ScheduleKpiRows.of(run, live, numbers(rows), numbers(readLate(live)));
    loadBars();
  }

  /**
   * A bar dropped on the Gantt: the operation is locked where it was dropped (its unit, and its
   * setup starting there) and the live schedule re-timed around it; refused with the reason when it
   * breaks a rule, and the bar goes back.
   */
  public void moved(TimelineModificationEvent<GanttBar> event) {
    TimelineEvent<GanttBar> moved = event.getTimelineEvent();
    GanttBar bar = moved.getData();
    String row =
        moved.getGroup() == null
            ? ScheduleGantt.row(bar.workCenter(), bar.unit())
            : moved.getGroup();
    Instant start = moved.getStartDate().atZone(zone()).toInstant().truncatedTo(ChronoUnit.MINUTES);
    boolean same =
        start.equals(bar.start()) && row.equals(ScheduleGantt.row(bar.workCenter(), bar.unit()));
    if (!isEditable() || !ScheduleGantt.isRow(row) || same) {
      // only the live schedule's rows by work center take a drop, and only one that moves the bar
      loadBars();
      return;
    }
    OperationLock lock =
        new OperationLock(
            bar.order(),
            bar.seq(),
            ScheduleGantt.workCenterOf(row),
            ScheduleGantt.unitOf(row),
            start);
    Outcome<OperationLock> kept = locks.lock(lock);
    if (kept instanceof Outcome.Refused<OperationLock> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
    } else {
      Messages.info(
          runner.reschedule() ? "schedule.locked" : "schedule.lockedLater", bar.order(), bar.seq());
      refresh();
      Optional.ofNullable(live).ifPresent(r -> choose(r.id()));
      return;
    }
    loadBars();
  }

  /** Unlocks an operation: the live schedule places it again as it sees fit. */
  public void unlock(GanttBar bar) {
    Outcome<Void> done = locks.unlock(bar.order(), bar.seq());
    if (done instanceof Outcome.Refused<Void> refused) {
      refused.violations().forEach(v -> Messages.violation(null, null, v));
      return;
    }
    Messages.info(
        runner.reschedule() ? "schedule.unlocked" : "schedule.unlockedLater",
        bar.order(),
        bar.seq());
    refresh();
    Optional.ofNullable(live).ifPresent(r -> choose(r.id()));
  }

  public void showBy(boolean orders) {
    byOrder = orders;
    gantt = model();
  }

  public void zoom(boolean weeks) {
    week = weeks;
  }

  /** Reads the chosen run's operations (up to {@link #MAX_BARS}) and builds the Gantt. */
  public void loadBars() {
    bars = new ArrayList<>();
    shown = 0;
    if (run == null || run.kpis() == null) {
      gantt = null;
      return;
    }
    Page<ScheduleResult.OperationRow> page =
        runs.operations(run.id(), blankToNull(workCenter), 0, MAX_BARS);
    shown = page.total();
    for (ScheduleResult.OperationRow row : page.content()) {
      if (row.start() != null) {
        bars.add(
            new GanttBar(
                row.order(),
                row.seq(),
                row.workCenter(),
                row.unit(),
                run.at(row.start()),
                run.at(Math.max(row.end(), row.start() + 1)),
                row.setupMinutes(),
                row.fixed(),
                late.contains(row.order())));
      }
    }
    gantt = model();
  }

  private TimelineModel<GanttBar, String> model() {
    return byOrder
        ? ScheduleGantt.byOrder(bars, zone(), this::label)
        : ScheduleGantt.byWorkCenter(bars, zone(), isEditable(), this::label);
  }

  /** A bar's tooltip: order, operation, unit, times, setup, and whether it is fixed. */
  private String label(GanttBar bar) {
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    String text =
        Messages.text(
            "schedule.bar",
            bar.order(),
            bar.seq(),
            bar.workCenter(),
            bar.unit() + 1,
            ScheduleGantt.clock(bar.start(), zone(), locale),
            ScheduleGantt.clock(bar.end(), zone(), locale),
            bar.setupMinutes());
    if (bar.fixed() != null) {
      text += " · " + Messages.text("schedule.fixed." + bar.fixed());
    }
    return bar.late() ? text + " · " + Messages.text("schedule.lateOrder") : text;
  }

  private List<ScheduleResult.OrderRow> readLate(ScheduleRunRecord of) {
    return runs.lateOrders(of.id(), 0, LATE_READ);
  }

  private static List<String> numbers(List<ScheduleResult.OrderRow> rows) {
    return rows.stream().map(ScheduleResult.OrderRow::order).toList();
  }

  private ZoneId zone() {
    return plantZone.zone();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Drag and drop: planners and administrators, on the schedule the floor follows. */
  public boolean isEditable() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return run != null
        && live != null
        && run.id() == live.id()
        && !byOrder
        && (external.isUserInRole(Roles.PLANNER) || external.isUserInRole(Roles.ADMIN));
  }

  public boolean isRunning() {
    return latest.stream()
        .anyMatch(
            r -> r.status() == ScheduleRunStatus.QUEUED || r.status() == ScheduleRunStatus.RUNNING);
  }

  /** Where the Gantt opens: from an hour before the run's start, a day or a week wide. */
  public LocalDateTime getWindowStart() {
    return run == null ? null : LocalDateTime.ofInstant(run.origin(), zone()).minusHours(1);
  }

  public LocalDateTime getWindowEnd() {
    return run == null ? null : getWindowStart().plusDays(week ? 7 : 1);
  }

  public String getZoneId() {
    return zone().getId();
  }

  public SchedulingProblem.Mode[] getModes() {
    return SchedulingProblem.Mode.values();
  }

  public Optional<org.officina.scheduling.application.ScheduleRunProgress.Progress> getProgress() {
    return run == null ? Optional.empty() : runs.progress(run.id());
  }

  public int getHorizonDays() {
    return horizonDays;
  }

  public void setHorizonDays(int horizonDays) {
    this.horizonDays = horizonDays;
  }

  public int getSeconds() {
    return seconds;
  }

  public void setSeconds(int seconds) {
    this.seconds = seconds;
  }

  public SchedulingProblem.Mode getMode() {
    return mode;
  }

  public void setMode(SchedulingProblem.Mode mode) {
    this.mode = mode;
  }

  public List<ScheduleRunRecord> getLatest() {
    return latest;
  }

  public ScheduleRunRecord getRun() {
    return run;
  }

  public ScheduleRunRecord getLive() {
    return live;
  }

  public boolean isByOrder() {
    return byOrder;
  }

  public boolean isWeek() {
    return week;
  }

  public String getWorkCenter() {
    return workCenter;
  }

  public void setWorkCenter(String workCenter) {
    this.workCenter = workCenter;
  }

  public TimelineModel<GanttBar, String> getGantt() {
    return gantt;
  }

  public List<GanttBar> getLocked() {
    return bars.stream().filter(bar -> "LOCKED".equals(bar.fixed())).toList();
  }

  /** Whether the Gantt shows fewer operations than the run holds (narrow it to a work center). */
  public boolean isCut() {
    return shown > MAX_BARS;
  }

  /** The run's late or unplaced orders (the first {@link #LATE_SHOWN}), each with its reason. */
  public List<ScheduleResult.OrderRow> getLateOrders() {
    return lateOrders;
  }

  public ScheduleKpiRows getComparison() {
    return comparison;
  }
}
