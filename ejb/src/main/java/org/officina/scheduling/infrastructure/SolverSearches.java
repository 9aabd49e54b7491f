package org.officina.scheduling.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.officina.scheduling.model.PrioritySearch;
import org.officina.scheduling.model.Searches;
import org.officina.scheduling.model.Sequencer;

/**
 * CP-SAT and the priority search, when the server has OR-Tools (the com.google.ortools module
 * config/wildfly installs); the priority search alone, and the reason, when it has not.
 */
@ApplicationScoped
public class SolverSearches implements Searches {

  private static final Logger LOG = Logger.getLogger(SolverSearches.class.getName());

  private volatile String missing;
  private volatile boolean checked;

  @Override
  public List<Sequencer> all() {
    return solverLoads()
        ? List.of(new CpSatSequencer(), new PrioritySearch())
        : List.of(new PrioritySearch());
  }

  @Override
  public String describe() {
    return solverLoads()
        ? "CP-SAT, priority search"
        : "priority search (CP-SAT not available: " + missing + ")";
  }

  private boolean solverLoads() {
    if (!checked) {
      try {
        CpSatSequencer.loadNativeLibraries();
      } catch (LinkageError | RuntimeException e) {
        // no module, or no natives for this platform (the loader fails on the missing resource)
        String why = e.toString();
        missing = why.length() > 200 ? why.substring(0, 200) : why;
        LOG.log(Level.WARNING, "CP-SAT cannot be loaded; scheduling searches without it", e);
      } finally {
        checked = true;
      }
    }
    return missing == null;
  }
}
