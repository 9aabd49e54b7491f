package org.officina.scheduling.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * A solver that searches for better sequences than a schedule's: it proposes orders of placement
 * (with the unit of each operation, when it chooses them), better ones as it goes, and returns when
 * its limits are reached. Its own view of time may be approximate (a calendar, a changeover): the
 * builder turns every proposal into an exact schedule and the run keeps a proposal only if it
 * really is better.
 */
public interface Sequencer {

  /**
   * Searches until the limits (or a proof) stop it; returns whether its search space holds nothing
   * better than its last proposal (then the other searches of the run may stop too).
   */
  boolean improve(Schedule incumbent, SolveLimits limits, Consumer<List<Step>> proposals);
}
