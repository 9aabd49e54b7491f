package org.officina.execution.model;

import java.util.List;
import java.util.Optional;

/** Work reports, found again by the client id their sender gave them; and the floor's reasons. */
public interface WorkReports {
  /** The reports a client id was given to: the declaration's, and any it led to. */
  List<WorkReport> byClientId(String clientId);

  Optional<WorkReport> first(String clientId);

  List<WorkReport> ofOrder(long order);

  /** The latest reports, newest first. */
  List<WorkReport> latest(int limit);

  /** Records reports of an order; returns them with the ids they were given. */
  List<WorkReport> insert(long order, List<WorkReport> reports);

  /** The stop and defect reasons the floor may give. */
  DeclarationRules.Reasons reasons();
}
