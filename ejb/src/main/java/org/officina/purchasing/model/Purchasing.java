package org.officina.purchasing.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/** Suppliers and open supply lines (purchase, production and subcontract orders). */
public interface Purchasing {
  void saveSuppliers(Collection<Supplier> suppliers);

  /** A page of lines matching the search, by due date, with how many match in all. */
  Page<SupplyLine> search(LineSearch search);

  List<Supplier> suppliers();

  /**
   * Writes supply lines: those whose type, number and line are known are updated.
   *
   * @return the codes of the items whose supply changed
   */
  java.util.Set<String> saveSupply(Collection<SupplyLine> lines);

  /**
   * Removes the lines of an order.
   *
   * @return the codes of the items they were for
   */
  java.util.Set<String> removeOrder(SupplyOrderType type, String number);

  /**
   * Brings the supply lines of an order to what is still open of it: the lines given are written,
   * its other lines removed.
   *
   * @return the codes of the items whose supply changed
   */
  java.util.Set<String> keepOrder(SupplyOrderType type, String number, List<SupplyLine> open);

  /** The open supply lines of these items, by due date. */
  List<SupplyLine> supplyOf(Collection<String> items);

  List<SupplyLine> supply();

  /**
   * Opens new supply lines (orders made in Officina), numbered by the caller.
   *
   * @return the new lines' ids, in the order of the lines
   */
  List<Long> open(List<SupplyLine> lines);

  /** The order numbers of these supply lines, by line id; a line that is gone is left out. */
  Map<Long, String> orderNumbers(Collection<Long> lineIds);
}
