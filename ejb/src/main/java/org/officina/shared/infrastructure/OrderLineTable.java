package org.officina.shared.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/**
 * What the tables of order lines (demand_line, supply_line) have in common: lines keyed by type,
 * number and line number, searched by item, type, number and due date, a page at a time by due
 * date.
 */
public final class OrderLineTable {

  private final String table;
  private final String alias;
  private final String typeColumn;

  /**
   * Up to this many lines, a save reads only the lines and items it names (a sales order changed);
   * beyond, it reads them all at once (an import).
   */
  private static final int FEW_LINES = 5_000;

  /** A table of lines, the alias its queries give it, and the column of the line's type. */
  public OrderLineTable(String table, String alias, String typeColumn) {
    this.table = table;
    this.alias = alias;
    this.typeColumn = typeColumn;
  }

  /** The key of a line: its type, number and line number. */
  public static List<Object> key(Enum<?> type, String number, int line) {
    return List.of(type.name(), number, line);
  }

  /** How a kind of line fills the table: its key, its item, and its other columns. */
  public interface Columns<T> {
    Enum<?> type(T line);

    String number(T line);

    int line(T line);

    String item(T line);

    /** The columns after the item, in order: qty, due_date and the kind's own. */
    List<String> values();

    void bindValues(SqlParams params, T line) throws java.sql.SQLException;
  }

  /**
   * Writes lines: those whose type, number and line are there are updated, the others added.
   *
   * @return the codes of the items whose lines changed: the lines' items, and the items an updated
   *     line was for before
   */
  public <T> java.util.Set<String> save(
      Jdbc jdbc, java.util.Collection<T> lines, Columns<T> columns) {
    java.util.Set<String> touched = new java.util.HashSet<>();
    lines.forEach(l -> touched.add(columns.item(l)));
    boolean few = lines.size() <= FEW_LINES;
    Map<String, Long> items = few ? jdbc.itemIds(touched) : jdbc.itemIds();
    Map<List<Object>, Long> existing = existing(jdbc, lines, columns, few, touched);
    java.util.function.Function<T, List<Object>> key =
        l -> key(columns.type(l), columns.number(l), columns.line(l));
    List<T> updates = lines.stream().filter(l -> existing.containsKey(key.apply(l))).toList();
    List<T> inserts = lines.stream().filter(l -> !existing.containsKey(key.apply(l))).toList();
    jdbc.batch(
        "UPDATE "
            + table
            + " SET item_id = ?, "
            + String.join(" = ?, ", columns.values())
            + " = ? WHERE id = ?",
        updates,
        (p, l) -> {
          p.id(items.get(columns.item(l)));
          columns.bindValues(p, l);
          p.id(existing.get(key.apply(l)));
        });
    long[] ids = jdbc.ids(table + "_seq", inserts.size());
    int[] next = {0};
    jdbc.batch(
        "INSERT INTO "
            + table
            + " (id, "
            + typeColumn
            + ", order_number, line_no, item_id, "
            + String.join(", ", columns.values())
            + ") VALUES (?, ?, ?, ?, ?"
            + ", ?".repeat(columns.values().size())
            + ")",
        inserts,
        (p, l) -> {
          p.id(ids[next[0]++])
              .text(columns.type(l).name())
              .text(columns.number(l))
              .integer(columns.line(l))
              .id(items.get(columns.item(l)));
          columns.bindValues(p, l);
        });
    return touched;
  }

  /**
   * The ids of the lines there, by key: of those named (a sales order changed), or of all (an
   * import). Adds to touched the items the named lines were for.
   */
  private <T> Map<List<Object>, Long> existing(
      Jdbc jdbc,
      java.util.Collection<T> lines,
      Columns<T> columns,
      boolean few,
      java.util.Set<String> touched) {
    Map<List<Object>, Long> existing = new HashMap<>();
    java.util.Set<List<Object>> keys = new java.util.HashSet<>();
    lines.forEach(l -> keys.add(key(columns.type(l), columns.number(l), columns.line(l))));
    Jdbc.RowHandler handler =
        rs -> {
          List<Object> key = List.of(rs.getString(2), rs.getString(3), rs.getInt(4));
          existing.put(key, rs.getLong(1));
          if (keys.contains(key)) {
            touched.add(rs.getString(5));
          }
        };
    String select =
        "SELECT l.id, l."
            + typeColumn
            + ", l.order_number, l.line_no, i.code FROM "
            + table
            + " l JOIN item_key i ON i.id = l.item_id";
    if (!few) {
      jdbc.forEach(select, handler);
      return existing;
    }
    Map<String, java.util.Set<String>> numbersByType = new HashMap<>();
    lines.forEach(
        l ->
            numbersByType
                .computeIfAbsent(columns.type(l).name(), t -> new java.util.HashSet<>())
                .add(columns.number(l)));
    numbersByType.forEach(
        (type, numbers) ->
            jdbc.queryIn(
                select + " WHERE l." + typeColumn + " = ? AND l.order_number IN (%s)",
                numbers,
                rs -> {
                  handler.handle(rs);
                  return null;
                },
                type));
    return existing;
  }

  /** The id of every line there, by key. */
  public Map<List<Object>, Long> ids(Jdbc jdbc) {
    Map<List<Object>, Long> ids = new HashMap<>();
    jdbc.query(
        "SELECT id, " + typeColumn + ", order_number, line_no FROM " + table,
        rs -> ids.put(List.of(rs.getString(2), rs.getString(3), rs.getInt(4)), rs.getLong(1)));
    return ids;
  }

  /**
   * A page of the lines the search matches: select names the columns, from the table joined to item
   * as i.
   */
  public <T> Page<T> search(
      Jdbc jdbc, LineSearch search, String select, String from, Jdbc.Mapper<T> mapper) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    add(
        conditions,
        params,
        SqlColumns.startsWith("i.code"),
        search.item() == null ? null : SqlColumns.prefix(search.item()));
    add(conditions, params, alias + "." + typeColumn + " = ?", search.type());
    add(
        conditions,
        params,
        SqlColumns.startsWith(alias + ".order_number"),
        search.number() == null ? null : SqlColumns.prefix(search.number()));
    add(conditions, params, alias + ".due_date >= ?", search.dueFrom());
    add(conditions, params, alias + ".due_date <= ?", search.dueTo());
    String order = alias + ".due_date, " + alias + ".id";
    return jdbc.page(
        select, from, conditions, params, order, search.offset(), search.limit(), mapper);
  }

  private static void add(
      List<String> conditions, List<Object> params, String condition, Object value) {
    if (value != null) {
      conditions.add(condition);
      params.add(value);
    }
  }
}
