package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The scheduling engine: the dispatcher's schedule first, at once; then, for as long as the limits
 * allow, a portfolio of searches side by side (the first in the calling thread, the others on the
 * executor), whose proposals are each built exactly and kept when they score better. The best
 * schedule so far can be read at any moment, from any thread, and each improvement is reported as
 * it happens. Between two schedules of equal score the one of the earlier search wins, so that the
 * outcome does not depend on which thread was quicker.
 */
public final class Scheduler {

  private final List<Sequencer> sequencers;
  private final Executor executor;
  private volatile Schedule best;
  private int bestBy;
  private long started;
  private volatile boolean proven;
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();

  /** An improvement: when (milliseconds into the run), its score, and who found it. */
  public record Progress(long elapsedMillis, long[] score, String by) {}

  /** A scheduler that improves the first schedule with these searches (none: it stops there). */
  public Scheduler(List<Sequencer> sequencers, Executor executor) {
    this.sequencers = List.copyOf(sequencers);
    this.executor = executor;
  }

  public Schedule schedule(
      SchedulingProblem problem, SolveLimits limits, Consumer<Progress> progress) {
    started = System.nanoTime();
    best = Dispatcher.dispatch(problem);
    bestBy = sequencers.size();
    progress.accept(new Progress(millisSince(), best.score(), "dispatch"));
    if (sequencers.isEmpty() || limits.seconds() <= 0 || problem.operationCount() == 0) {
      return best;
    }
    Schedule first = best;
    proven = false;
    failures.clear();
    SolveLimits shared =
        new SolveLimits(
            limits.seconds(),
            limits.seed(),
            limits.workers(),
            () -> proven || limits.stopRequested().getAsBoolean());
    long deadline = started + (long) (limits.seconds() * 1e9);
    List<CompletableFuture<Void>> others = new ArrayList<>();
    for (int i = 1; i < sequencers.size(); i++) {
      int by = i;
      others.add(
          CompletableFuture.runAsync(
              () -> search(by, first, shared, deadline, progress), executor));
    }
    try {
      search(0, first, shared, deadline, progress);
    } finally {
      // a search that failed does not end the others early, but nobody outlives the deadline
      others.forEach(CompletableFuture::join);
    }
    return best;
  }

  /** What went wrong in a search (it ended early; the others and the best schedule stand). */
  public List<Throwable> failures() {
    return List.copyOf(failures);
  }

  /** One search, with the time left until the deadline when it really starts. */
  private void search(
      int by, Schedule first, SolveLimits limits, long deadline, Consumer<Progress> progress) {
    double left = Math.max(0, (deadline - System.nanoTime()) / 1e9);
    SolveLimits own =
        new SolveLimits(left, limits.seed(), limits.workers(), limits.stopRequested());
    try {
      if (left > 0
          && sequencers
              .get(by)
              .improve(
                  first,
                  own,
                  order -> offer(by, ScheduleBuilder.build(first.problem(), order), progress))) {
        proven = true;
      }
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      failures.add(e);
    }
  }

  private synchronized void offer(int by, Schedule built, Consumer<Progress> progress) {
    int comparison = Arrays.compare(built.score(), best.score());
    if (comparison < 0 || comparison == 0 && by < bestBy) {
      best = built;
      bestBy = by;
      progress.accept(
          new Progress(
              millisSince(), built.score(), sequencers.get(by).getClass().getSimpleName()));
    }
  }

  /** The best schedule found so far (null before the first). */
  public Schedule best() {
    return best;
  }

  private long millisSince() {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
