package org.officina.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running scheduling run has got: since when it searches and for how long it may, and
 * the best schedule's unplaced operations and first objective so far, with the search that found
 * it. In memory: a run keeps its schedule in one transaction at its end, so a restart has nothing
 * partial to show; once a run ends, late reports of its searches are ignored.
 */
@ApplicationScoped
public class ScheduleRunProgress {

  /** Where a run stands while it searches. */
  public record Progress(
      Instant since, int allowed, long unplaced, long firstObjective, String foundBy) {

    /** Seconds searched so far. */
    public double seconds() {
      return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    /** How far, from 0 to 100, by the time it may search. */
    public int percent() {
      return allowed == 0 ? 100 : (int) Math.min(100, 100 * seconds() / allowed);
    }
  }

  private final Map<Long, Progress> progress = new ConcurrentHashMap<>();

  void start(long run, int allowed) {
    progress.put(run, new Progress(Instant.now(), allowed, 0, 0, null));
  }

  void found(long run, long unplaced, long firstObjective, String by) {
    progress.computeIfPresent(
        run, (id, now) -> new Progress(now.since(), now.allowed(), unplaced, firstObjective, by));
  }

  void forget(long run) {
    progress.remove(run);
  }

  public Progress of(long run) {
    return progress.get(run);
  }
}
