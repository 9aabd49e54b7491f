package org.officina.shared.web;

import java.util.function.Function;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/**
 * A lazy table of order lines (demand or supply), filtered by item, type and number in the database
 * and read a page at a time, by due date.
 */
public class LineTable<T> extends PagedTable<T> {

  private static final long serialVersionUID = 1L;

  public LineTable(Function<LineSearch, Page<T>> search, Function<T, String> key) {
    super(
        (filterBy, first, size) ->
            search.apply(
                new LineSearch(
                    filter(filterBy, "item"),
                    filter(filterBy, "type"),
                    filter(filterBy, "number"),
                    null,
                    null,
                    first,
                    size)),
        key);
  }
}
