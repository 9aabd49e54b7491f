package org.officina.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running run has got (items planned of all items), for the portal's progress bar, and
 * which runs were asked to stop. It lives in memory: a run plans in one transaction, so after a
 * restart there is no partial progress to show, only the run starting again.
 */
@ApplicationScoped
public class MrpRunProgress {

  /** Items planned of all items. */
  public record Progress(int planned, int total) {

    /** How far, from 0 to 100; 0 before the run knows its items. */
    public int percent() {
      return total == 0 ? 0 : (int) (100L * planned / total);
    }
  }

  private final Map<Long, Progress> progress = new ConcurrentHashMap<>();
  private final Set<Long> stopRequested = ConcurrentHashMap.newKeySet();

  void planned(long run, int planned, int total) {
    progress.put(run, new Progress(planned, total));
  }

  void forget(long run) {
    progress.remove(run);
    stopRequested.remove(run);
  }

  public Progress of(long run) {
    return progress.get(run);
  }

  public void requestStop(long run) {
    stopRequested.add(run);
  }

  boolean stopRequested(long run) {
    return stopRequested.contains(run);
  }
}
