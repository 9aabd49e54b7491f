package org.officina.execution.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.officina.execution.model.OrderOperation.Progress;

/**
 * The clock of an operation at the terminal: the operator presses start, pause, resume and finish,
 * and the minutes of setup, run and each stop are measured between the presses rather than typed.
 * Each press that closes a stretch of work gives the work to report: a setup when the setup ends,
 * the run so far with each quantity declared, a downtime with its stop reason when work resumes (or
 * ends during a pause).
 */
public final class OperationClock {

  private OperationClock() {}

  /** The work a press closed, to be declared as a work report. */
  public record Work(WorkKind kind, BigDecimal minutes, String stopReason, boolean finishes) {}

  /** The operation's clock after the press, and the work it closed. */
  public record Tick(Progress progress, List<Work> work) {}

  /**
   * What the press does to an operation in this state, or empty when the terminal should not have
   * offered it (pause while waiting, resume while running).
   */
  public static Optional<Tick> press(
      Progress p, TerminalAction action, Instant now, String stopReason) {
    OperationStatus status = p.status();
    List<Work> work = new ArrayList<>();
    Progress next =
        switch (action) {
          case START_SETUP ->
              status == OperationStatus.WAITING ? begin(p, OperationStatus.SETUP, now) : null;
          case FINISH_SETUP -> endSetup(p, now, work);
          case START_RUN -> startRun(p, now, work);
          case PAUSE -> pause(p, now, stopReason);
          case RESUME -> resume(p, now, work);
          case DECLARE -> runSoFar(p, now, work, false);
          case FINISH -> runSoFar(p, now, work, true);
        };
    return Optional.ofNullable(next).map(n -> new Tick(n, List.copyOf(work)));
  }

  private static Progress endSetup(Progress p, Instant now, List<Work> work) {
    if (activity(p) != OperationStatus.SETUP) {
      return null;
    }
    closeDowntime(p, now, work);
    work.add(new Work(WorkKind.SETUP, worked(p, now), null, false));
    return clock(p, OperationStatus.WAITING, null, null, null, BigDecimal.ZERO);
  }

  private static Progress startRun(Progress p, Instant now, List<Work> work) {
    if (p.status() == OperationStatus.WAITING) {
      return begin(p, OperationStatus.RUNNING, now);
    }
    Progress afterSetup = endSetup(p, now, work);
    return afterSetup == null ? null : begin(afterSetup, OperationStatus.RUNNING, now);
  }

  private static Progress pause(Progress p, Instant now, String stopReason) {
    if (p.status() != OperationStatus.SETUP && p.status() != OperationStatus.RUNNING) {
      return null;
    }
    return clock(p, OperationStatus.PAUSED, p.status(), stopReason, now, worked(p, now));
  }

  private static Progress resume(Progress p, Instant now, List<Work> work) {
    if (p.status() != OperationStatus.PAUSED) {
      return null;
    }
    closeDowntime(p, now, work);
    return clock(p, p.paused(), null, null, now, p.accruedMinutes());
  }

  private static Progress runSoFar(Progress p, Instant now, List<Work> work, boolean finishes) {
    if (activity(p) != OperationStatus.RUNNING) {
      return null;
    }
    if (finishes) {
      closeDowntime(p, now, work);
    }
    work.add(new Work(WorkKind.RUN, worked(p, now), null, finishes));
    if (finishes) {
      return clock(p, OperationStatus.DONE, null, null, null, BigDecimal.ZERO);
    }
    boolean paused = p.status() == OperationStatus.PAUSED;
    return clock(
        p, p.status(), p.paused(), p.stopReason(), paused ? p.since() : now, BigDecimal.ZERO);
  }

  /** SETUP or RUNNING, paused or not. */
  private static OperationStatus activity(Progress p) {
    return p.status() == OperationStatus.PAUSED ? p.paused() : p.status();
  }

  private static void closeDowntime(Progress p, Instant now, List<Work> work) {
    if (p.status() == OperationStatus.PAUSED) {
      work.add(new Work(WorkKind.DOWNTIME, minutes(p.since(), now), p.stopReason(), false));
    }
  }

  /** The minutes of the current setup or run: before its pauses, and since it last resumed. */
  private static BigDecimal worked(Progress p, Instant now) {
    return p.status() == OperationStatus.PAUSED
        ? p.accruedMinutes()
        : p.accruedMinutes().add(minutes(p.since(), now));
  }

  private static Progress begin(Progress p, OperationStatus status, Instant now) {
    Progress c = clock(p, status, null, null, now, BigDecimal.ZERO);
    return new Progress(
        c.status(),
        null,
        null,
        now,
        BigDecimal.ZERO,
        c.goodQty(),
        c.scrapQty(),
        c.setupMinutes(),
        c.runMinutes(),
        c.downtimeMinutes(),
        c.startedAt() == null ? now : c.startedAt(),
        c.finishedAt());
  }

  private static Progress clock(
      Progress p,
      OperationStatus status,
      OperationStatus paused,
      String stopReason,
      Instant since,
      BigDecimal accrued) {
    return new Progress(
        status,
        paused,
        stopReason,
        since,
        accrued,
        p.goodQty(),
        p.scrapQty(),
        p.setupMinutes(),
        p.runMinutes(),
        p.downtimeMinutes(),
        p.startedAt(),
        p.finishedAt());
  }

  /** Minutes between two instants, to the hundredth. */
  static BigDecimal minutes(Instant from, Instant to) {
    long millis = Math.max(0, Duration.between(from, to).toMillis());
    return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(60_000), 2, RoundingMode.HALF_UP);
  }
}
