package org.officina.inventory.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.officina.inventory.model.LotLink;
import org.officina.inventory.model.MaterialFlows;
import org.officina.inventory.model.Reservation;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/** Reservations of stock for orders, and the genealogy of lots. */
@Dependent
public class JdbcMaterialFlow implements MaterialFlows {

  private static final String LINKS =
      "SELECT p.code, g.product_lot, c.code, g.component_lot, g.qty, g.reference, g.recorded_at"
          + " FROM lot_genealogy g JOIN item_key p ON p.id = g.product_item_id"
          + " JOIN item_key c ON c.id = g.component_item_id";

  @PersistenceContext EntityManager em;

  @Override
  public Map<String, BigDecimal> reservedByOthers(
      Collection<String> items, String warehouse, String reference) {
    Map<String, BigDecimal> reserved = new HashMap<>();
    Jdbc.of(em)
        .queryIn(
            "SELECT i.code, SUM(r.qty) FROM stock_reservation r JOIN item_key i ON i.id = r.item_id"
                + " WHERE r.warehouse_code = ? AND r.reference <> ? AND i.code IN (%s)"
                + " GROUP BY i.code",
            items, rs -> reserved.put(rs.getString(1), rs.getBigDecimal(2)), warehouse, reference);
    return reserved;
  }

  @Override
  public Map<String, Map<String, BigDecimal>> reservedBy(
      Collection<String> references, Collection<String> items, String warehouse) {
    Map<String, Map<String, BigDecimal>> reserved = new HashMap<>();
    if (items.isEmpty()) {
      return reserved;
    }
    java.util.Set<String> wanted = new java.util.HashSet<>(items);
    Jdbc.of(em)
        .queryIn(
            "SELECT r.reference, i.code, SUM(r.qty) FROM stock_reservation r"
                + " JOIN item_key i ON i.id = r.item_id WHERE r.warehouse_code = ?"
                + " AND r.reference IN (%s) GROUP BY r.reference, i.code",
            references,
            rs -> {
              if (wanted.contains(rs.getString(2))) {
                reserved
                    .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .put(rs.getString(2), rs.getBigDecimal(3));
              }
              return null;
            },
            warehouse);
    return reserved;
  }

  @Override
  public List<Reservation> reservations(String reference) {
    return Jdbc.of(em)
        .query(
            "SELECT i.code, r.warehouse_code, r.reference, r.line_no, r.qty"
                + " FROM stock_reservation r JOIN item_key i ON i.id = r.item_id"
                + " WHERE r.reference = ? ORDER BY r.line_no",
            rs ->
                new Reservation(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    SqlColumns.decimal(rs, "qty")),
            reference);
  }

  @Override
  public void reserve(List<Reservation> reservations) {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Long> items = jdbc.itemIds(reservations.stream().map(Reservation::item).toList());
    long[] ids = jdbc.ids("stock_reservation_seq", reservations.size());
    int[] next = {0};
    jdbc.batch(
        "INSERT INTO stock_reservation (id, item_id, warehouse_code, reference, line_no, qty)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        reservations,
        (p, r) ->
            p.id(ids[next[0]++])
                .id(items.get(r.item()))
                .text(r.warehouse())
                .text(r.reference())
                .integer(r.line())
                .decimal(r.qty()));
  }

  @Override
  public void consume(String reference, int line, BigDecimal qty) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update(
        "UPDATE stock_reservation SET qty = qty - ? WHERE reference = ? AND line_no = ?",
        p -> p.decimal(qty).text(reference).integer(line));
    jdbc.update(
        "DELETE FROM stock_reservation WHERE reference = ? AND line_no = ? AND qty <= 0",
        p -> p.text(reference).integer(line));
  }

  @Override
  public void release(String reference) {
    Jdbc.of(em).update("DELETE FROM stock_reservation WHERE reference = ?", p -> p.text(reference));
  }

  @Override
  public void link(List<LotLink> links) {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Long> items =
        jdbc.itemIds(
            links.stream()
                .flatMap(l -> Stream.of(l.productItem(), l.componentItem()))
                .distinct()
                .toList());
    long[] ids = jdbc.ids("lot_genealogy_seq", links.size());
    int[] next = {0};
    jdbc.batch(
        "INSERT INTO lot_genealogy (id, product_item_id, product_lot, component_item_id,"
            + " component_lot, qty, reference, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        links,
        (p, l) ->
            p.id(ids[next[0]++])
                .id(items.get(l.productItem()))
                .text(l.productLot())
                .id(items.get(l.componentItem()))
                .text(l.componentLot())
                .decimal(l.qty())
                .text(l.reference())
                .instant(l.recordedAt()));
  }

  @Override
  public void unlink(String reference) {
    Jdbc.of(em).update("DELETE FROM lot_genealogy WHERE reference = ?", p -> p.text(reference));
  }

  @Override
  public List<LotLink> madeOf(String item, String lot) {
    return Jdbc.of(em)
        .query(
            LINKS
                + " WHERE p.code = ? AND g.product_lot = ? ORDER BY c.code, g.component_lot, g.id",
            JdbcMaterialFlow::link,
            item,
            lot);
  }

  @Override
  public List<LotLink> usedIn(String item, String lot) {
    return Jdbc.of(em)
        .query(
            LINKS
                + " WHERE c.code = ? AND g.component_lot = ? ORDER BY p.code, g.product_lot, g.id",
            JdbcMaterialFlow::link,
            item,
            lot);
  }

  private static LotLink link(ResultSet rs) throws SQLException {
    return new LotLink(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        SqlColumns.decimal(rs, "qty"),
        rs.getString(6),
        SqlColumns.instant(rs, "recorded_at"));
  }
}
