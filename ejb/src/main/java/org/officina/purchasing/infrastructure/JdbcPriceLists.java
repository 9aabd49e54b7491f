package org.officina.purchasing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.PriceLists;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/**
 * Price lists in price_list with their breaks in price_break (deleted with their list), and
 * preferred suppliers in preferred_supplier. A list of a whole item has operation 0 in its row, so
 * that the database's unique key holds for it too.
 */
@Dependent
public class JdbcPriceLists implements PriceLists {

  private static final String SELECT =
      "SELECT p.id, p.supplier_code, i.code, p.operation_seq, p.currency, p.valid_from,"
          + " p.valid_to, p.lead_time_days, p.min_qty, p.multiple_qty, b.from_qty, b.unit_price"
          + " FROM price_list p JOIN item_key i ON i.id = p.item_id"
          + " JOIN price_break b ON b.price_list_id = p.id";
  private static final String ORDER =
      " ORDER BY p.supplier_code, i.code, p.operation_seq, p.valid_from, b.from_qty";

  @PersistenceContext EntityManager em;

  @Override
  public List<PriceList> ofItems(Collection<String> items) {
    return lists(
        Jdbc.of(em).queryIn(SELECT + " WHERE i.code IN (%s)" + ORDER, items, JdbcPriceLists::row));
  }

  @Override
  public List<PriceList> all() {
    return lists(Jdbc.of(em).query(SELECT + ORDER, JdbcPriceLists::row));
  }

  @Override
  public void save(Collection<PriceList> lists) {
    if (lists.isEmpty()) {
      return;
    }
    Jdbc jdbc = Jdbc.of(em);
    lists.forEach(list -> remove(jdbc, list.key()));
    List<PriceList> ordered = List.copyOf(lists);
    long[] ids = jdbc.ids("price_list_seq", ordered.size());
    Map<String, Long> items = jdbc.itemIds(ordered.stream().map(PriceList::item).toList());
    List<Map.Entry<Long, PriceList>> rows =
        IntStream.range(0, ordered.size())
            .mapToObj(k -> Map.entry(ids[k], ordered.get(k)))
            .toList();
    jdbc.batch(
        "INSERT INTO price_list (id, supplier_code, item_id, operation_seq, valid_from, valid_to,"
            + " currency, lead_time_days, min_qty, multiple_qty)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        (p, row) -> {
          PriceList list = row.getValue();
          p.id(row.getKey())
              .text(list.supplier())
              .id(items.get(list.item()))
              .integer(operationSeq(list.operation()))
              .date(list.validFrom())
              .date(list.validTo())
              .text(list.currency())
              .integer(list.leadTimeDays())
              .decimal(list.minQty())
              .decimal(list.multiple());
        });
    List<Map.Entry<Long, PriceList.PriceBreak>> breaks = new ArrayList<>();
    rows.forEach(
        row -> row.getValue().breaks().forEach(b -> breaks.add(Map.entry(row.getKey(), b))));
    jdbc.batch(
        "INSERT INTO price_break (price_list_id, from_qty, unit_price) VALUES (?, ?, ?)",
        breaks,
        (p, b) ->
            p.id(b.getKey()).decimal(b.getValue().fromQty()).decimal(b.getValue().unitPrice()));
  }

  @Override
  public boolean remove(PriceList.Key key) {
    return remove(Jdbc.of(em), key);
  }

  private static boolean remove(Jdbc jdbc, PriceList.Key key) {
    return jdbc.update(
            "DELETE FROM price_list WHERE supplier_code = ? AND operation_seq = ?"
                + " AND valid_from = ? AND item_id = (SELECT id FROM item_key WHERE code = ?)",
            p ->
                p.text(key.supplier())
                    .integer(operationSeq(key.operation()))
                    .date(key.validFrom())
                    .text(key.item()))
        > 0;
  }

  @Override
  public java.util.Set<String> knownItems(Collection<String> items) {
    return Jdbc.of(em).itemIds(items).keySet();
  }

  @Override
  public Map<String, String> preferred(Collection<String> items) {
    return byItem(
        Jdbc.of(em)
            .queryIn(
                "SELECT i.code, p.supplier_code FROM preferred_supplier p"
                    + " JOIN item_key i ON i.id = p.item_id WHERE i.code IN (%s) ORDER BY i.code",
                items, JdbcPriceLists::preference));
  }

  @Override
  public Map<String, String> allPreferred() {
    return byItem(
        Jdbc.of(em)
            .query(
                "SELECT i.code, p.supplier_code FROM preferred_supplier p"
                    + " JOIN item_key i ON i.id = p.item_id ORDER BY i.code",
                JdbcPriceLists::preference));
  }

  @Override
  public void prefer(Map<String, String> supplierByItem) {
    if (supplierByItem.isEmpty()) {
      return;
    }
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Long> items = jdbc.itemIds(supplierByItem.keySet());
    jdbc.batch(
        "DELETE FROM preferred_supplier WHERE item_id = ?",
        supplierByItem.keySet(),
        (p, item) -> p.id(items.get(item)));
    jdbc.batch(
        "INSERT INTO preferred_supplier (item_id, supplier_code) VALUES (?, ?)",
        supplierByItem.entrySet(),
        (p, e) -> p.id(items.get(e.getKey())).text(e.getValue()));
  }

  private static Map.Entry<String, String> preference(ResultSet rs) throws SQLException {
    return Map.entry(rs.getString(1), rs.getString(2));
  }

  private static Map<String, String> byItem(List<Map.Entry<String, String>> preferences) {
    Map<String, String> preferred = new LinkedHashMap<>();
    preferences.forEach(e -> preferred.put(e.getKey(), e.getValue()));
    return preferred;
  }

  private static Integer operationSeq(Integer operation) {
    return operation == null ? 0 : operation;
  }

  /** One row of {@link #SELECT}: a list's columns and one of its breaks. */
  private record Row(long id, PriceList list, PriceList.PriceBreak pb) {}

  private static Row row(ResultSet rs) throws SQLException {
    int operation = rs.getInt(4);
    PriceList list =
        new PriceList(
            rs.getString(2),
            rs.getString(3),
            operation == 0 ? null : operation,
            rs.getString(5),
            SqlColumns.date(rs, 6),
            SqlColumns.date(rs, 7),
            SqlColumns.integer(rs, 8),
            SqlColumns.decimal(rs, 9),
            SqlColumns.decimal(rs, 10),
            List.of());
    return new Row(
        rs.getLong(1),
        list,
        new PriceList.PriceBreak(SqlColumns.decimal(rs, 11), SqlColumns.decimal(rs, 12)));
  }

  /** The rows of each list, in order, gathered into the list with its breaks. */
  private static List<PriceList> lists(List<Row> rows) {
    Map<Long, List<Row>> byList = new LinkedHashMap<>();
    rows.forEach(row -> byList.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
    return byList.values().stream()
        .map(own -> own.get(0).list().withBreaks(own.stream().map(Row::pb).toList()))
        .toList();
  }
}
