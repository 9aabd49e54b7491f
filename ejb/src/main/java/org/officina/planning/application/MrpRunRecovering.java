package org.officina.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.officina.planning.model.MrpRuns;
import org.officina.shared.model.Roles;

/** The runs a stopped server left unfinished, set back in the queue to be run again. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MrpRunRecovering {

  @Inject MrpRuns runs;

  public List<Long> unfinished() {
    List<Long> unfinished = runs.unfinished();
    unfinished.forEach(runs::requeue);
    return unfinished;
  }
}
