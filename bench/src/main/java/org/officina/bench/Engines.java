package org.officina.bench;

import java.util.List;
import org.officina.scheduling.infrastructure.CpSatSequencer;
import org.officina.scheduling.model.PrioritySearch;
import org.officina.scheduling.model.Scheduler;

/** The scheduling engine as the server runs it: CP-SAT and the priority search side by side. */
final class Engines {

  private Engines() {}

  /** The second search runs on a daemon thread of its own, so that an early exit ends it. */
  static Scheduler scheduler() {
    return new Scheduler(
        List.of(new CpSatSequencer(), new PrioritySearch()),
        command -> {
          Thread thread = new Thread(command, "search");
          thread.setDaemon(true);
          thread.start();
        });
  }
}
