package org.officina.shared.model;

import java.time.LocalDate;

/**
 * A search of order lines (demand or supply): item and number by their beginning, type exactly, due
 * dates from and to (both included); every criterion may be null. Lines come by due date, a page at
 * a time.
 */
public record LineSearch(
    String item,
    String type,
    String number,
    LocalDate dueFrom,
    LocalDate dueTo,
    int offset,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  public LineSearch {
    offset = Math.max(0, offset);
    limit = Math.max(1, Math.min(limit, MAX_LIMIT));
  }
}
