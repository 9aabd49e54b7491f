package org.officina.shared.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table of order lines (demand or supply), filtered by item, type and number in the database
 * and read a page at a time, by due date.
 */
public class LineTable<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<LineSearch, Page<T>> search;
  private final transient Function<T, String> key;

  public LineTable(Function<LineSearch, Page<T>> search, Function<T, String> key) {
    this.search = search;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) search.apply(search(filterBy, 0, 1)).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = search.apply(search(filterBy, first, pageSize));
    setRowCount((int) page.total());
    return page.content();
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  private static LineSearch search(Map<String, FilterMeta> filterBy, int first, int size) {
    return new LineSearch(
        text(filterBy, "item"),
        text(filterBy, "type"),
        text(filterBy, "number"),
        null,
        null,
        first,
        size);
  }

  private static String text(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta filter = filterBy.get(field);
    if (filter == null || filter.getFilterValue() == null) {
      return null;
    }
    String value = filter.getFilterValue().toString().strip();
    return value.isEmpty() ? null : value;
  }
}
