package org.officina.demand.model;

import java.util.Collection;
import java.util.List;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/** Sales order lines, forecasts and allocations: the demand MRP plans for. */
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

  /**
   * Makes an order's lines of a type exactly these: lines no longer there are deleted, changed ones
   * updated, new ones added; unchanged lines are not written.
   *
   * @return the codes of the items whose lines changed, before or after
   */
  java.util.Set<String> replace(DemandType type, String number, List<DemandLine> lines);
}
