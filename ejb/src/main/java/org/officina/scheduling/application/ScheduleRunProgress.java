package org.officina.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running scheduling run has got: seconds searched of those allowed, the best
 * schedule's late orders and weighted tardiness so far, and which search found it. In memory: a run
 * keeps its schedule in one transaction at its end, so a restart has nothing partial to show.
 */
@ApplicationScoped
public class ScheduleRunProgress {

  /** Where a run stands while it searches. */
  public record Progress(
      double seconds, int allowed, long unplaced, long firstObjective, String foundBy) {

    /** How far, from 0 to 100, by the time it may search. */
    public int percent() {
      return allowed == 0 ? 100 : (int) Math.min(100, 100 * seconds / allowed);
    }
  }

  private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

  void report(long run, Progress now) {
    progress.put(run, now);
  }

  void forget(long run) {
    progress.remove(run);
  }

  public Progress of(long run) {
    return progress.get(run);
  }
}
