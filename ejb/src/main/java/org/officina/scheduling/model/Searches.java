package org.officina.scheduling.model;

import java.util.List;

/**
 * The searches a scheduling run improves its first schedule with, in order, and a line that says
 * which they are (and why one is missing: a server without the solver's native libraries).
 */
public interface Searches {

  List<Sequencer> all();

  String describe();
}
