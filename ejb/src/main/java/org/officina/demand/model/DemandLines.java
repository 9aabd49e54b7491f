package org.officina.demand.model;

import java.util.Collection;
import java.util.List;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/** Sales order lines and forecasts: the demand MRP plans for. */
public interface DemandLines {
  /**
   * Writes demand lines: those whose type, number and line are known are updated.
   *
   * @return the codes of the items whose demand changed
   */
  java.util.Set<String> save(Collection<DemandLine> lines);

  /** A page of lines matching the search, by due date, with how many match in all. */
  Page<DemandLine> search(LineSearch search);

  List<DemandLine> all();
}
