package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** What open production orders still need of their materials, read for date-aware free stock. */
public interface OrderNeeds {

  /**
   * What the open orders other than one that start before a day still need of these items from a
   * warehouse (required less issued), by order number and item.
   */
  Map<String, Map<String, BigDecimal>> before(
      LocalDate day, String warehouse, Collection<String> items, String excluded);
}
