package org.officina.execution.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which production orders to list: states (empty: all), number and item by their beginning, due
 * between two dates (null: open), only late ones (due before today and not completed), a page.
 */
public record OrderSearch(
    Set<OrderStatus> statuses,
    String number,
    String item,
    LocalDate dueFrom,
    LocalDate dueTo,
    boolean lateOnly,
    int offset,
    int limit) {

  public OrderSearch {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    offset = Math.max(0, offset);
    limit = Math.max(1, Math.min(limit, 1000));
  }
}
