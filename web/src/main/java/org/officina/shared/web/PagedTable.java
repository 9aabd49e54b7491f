package org.officina.shared.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.officina.shared.model.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table read a page at a time from the database through a source that applies the table's
 * filters; rows are known by a key, so that selections survive paging.
 */
public class PagedTable<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of rows for the table's filters. */
  @FunctionalInterface
  public interface Source<T> {
    Page<T> page(Map<String, FilterMeta> filterBy, int first, int size);
  }

  private final transient Source<T> source;
  private final transient Function<T, String> key;

  public PagedTable(Source<T> source, Function<T, String> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.page(filterBy, 0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = source.page(filterBy, first, pageSize);
    setRowCount((int) page.total());
    return page.content();
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
  }

  /** The text a filter holds, stripped; null when it is empty. */
  public static String filter(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta filter = filterBy.get(field);
    if (filter == null || filter.getFilterValue() == null) {
      return null;
    }
    String value = filter.getFilterValue().toString().strip();
    return value.isEmpty() ? null : value;
  }
}
