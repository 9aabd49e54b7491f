package org.officina.planning.application;

import java.util.List;
import org.officina.planning.model.MrpRunRecord;
import org.officina.shared.model.Violation;

/**
 * The answer to a request for a run: accepted with the run's id, refused because the request is
 * wrong (every reason), or refused because another run holds the plant (that run).
 */
public record MrpStart(Long runId, List<Violation> violations, MrpRunRecord running) {

  public static MrpStart accepted(long runId) {
    return new MrpStart(runId, List.of(), null);
  }

  public static MrpStart invalid(List<Violation> violations) {
    return new MrpStart(null, violations, null);
  }

  public static MrpStart busy(MrpRunRecord running) {
    return new MrpStart(null, List.of(), running);
  }

  public boolean isAccepted() {
    return runId != null;
  }
}
