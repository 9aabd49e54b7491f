package org.officina.inventory.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.StockMovement;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.model.Page;

/**
 * Stock on hand and the movements that change it. The quantity kept in stock is the sum of the
 * movements; a movement and the stock it changes are written together.
 */
@Dependent
public class JdbcStock {

  private static final String LEVELS =
      "SELECT s.id, i.code, s.warehouse_code, s.location, s.lot, s.qty FROM stock s"
          + " JOIN item i ON i.id = s.item_id";

  @PersistenceContext EntityManager em;

  public void saveWarehouses(Collection<String> warehouses) {
    Jdbc jdbc = Jdbc.of(em);
    List<String> known = jdbc.query("SELECT code FROM warehouse", rs -> rs.getString(1));
    jdbc.batch(
        "INSERT INTO warehouse (code, description) VALUES (?, ?)",
        warehouses.stream().distinct().filter(w -> !known.contains(w)).toList(),
        (p, w) -> p.text(w).text(w));
  }

  /** Every stock level with a quantity, by item, warehouse, location and lot. */
  public List<StockLevel> levels() {
    return Jdbc.of(em)
        .query(
            LEVELS + " WHERE s.qty <> 0 ORDER BY i.code, s.warehouse_code, s.location, s.lot",
            JdbcStock::level);
  }

  /** A page of stock levels with a quantity, items and warehouses chosen by their beginning. */
  public Page<StockLevel> search(String item, String warehouse, int offset, int limit) {
    List<String> conditions = new ArrayList<>(List.of("s.qty <> 0"));
    List<Object> params = new ArrayList<>();
    if (item != null) {
      conditions.add(Jdbc.startsWith("i.code"));
      params.add(Jdbc.prefix(item));
    }
    if (warehouse != null) {
      conditions.add(Jdbc.startsWith("s.warehouse_code"));
      params.add(Jdbc.prefix(warehouse));
    }
    return Jdbc.of(em)
        .page(
            "SELECT s.id, i.code, s.warehouse_code, s.location, s.lot, s.qty",
            "FROM stock s JOIN item i ON i.id = s.item_id",
            conditions,
            params,
            "i.code, s.warehouse_code, s.id",
            offset,
            limit,
            JdbcStock::level);
  }

  private static StockLevel level(ResultSet rs) throws SQLException {
    return new StockLevel(
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        Jdbc.decimal(rs, "qty"));
  }

  /**
   * Brings each stock level to the quantity given by a movement of the difference, for the reason
   * and reference given; levels already at their quantity get no movement.
   */
  public int setLevels(
      Collection<StockLevel> targets,
      MovementReason reason,
      String reference,
      String user,
      Instant now) {
    Jdbc jdbc = Jdbc.of(em);
    Map<StockLevel.Key, Object[]> current = new HashMap<>();
    jdbc.query(
        LEVELS,
        rs ->
            current.put(
                new StockLevel.Key(
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                new Object[] {rs.getLong(1), rs.getBigDecimal(6)}));
    List<StockMovement> movements = new ArrayList<>();
    for (StockLevel target : targets) {
      Object[] level = current.get(target.key());
      BigDecimal now0 = level == null ? BigDecimal.ZERO : (BigDecimal) level[1];
      BigDecimal difference = target.qty().subtract(now0);
      if (difference.signum() != 0) {
        movements.add(new StockMovement(0, target.key(), difference, reason, reference, now, user));
      }
    }
    post(jdbc, movements, current);
    return movements.size();
  }

  /** The quantity on hand of one stock level (zero when there is none). */
  public BigDecimal onHand(StockLevel.Key key) {
    Object[] level = levelsOf(Jdbc.of(em), key.item()).get(key);
    return level == null ? BigDecimal.ZERO : (BigDecimal) level[1];
  }

  /** Posts movements, each changing its stock level by its quantity. */
  public void post(List<StockMovement> movements) {
    Jdbc jdbc = Jdbc.of(em);
    Map<StockLevel.Key, Object[]> current = new HashMap<>();
    movements.stream()
        .map(m -> m.stock().item())
        .distinct()
        .forEach(item -> current.putAll(levelsOf(jdbc, item)));
    post(jdbc, movements, current);
  }

  /** The stock levels of one item: id and quantity, by key. */
  private static Map<StockLevel.Key, Object[]> levelsOf(Jdbc jdbc, String item) {
    Map<StockLevel.Key, Object[]> levels = new HashMap<>();
    jdbc.query(
        LEVELS + " WHERE i.code = ?",
        rs ->
            levels.put(
                new StockLevel.Key(
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                new Object[] {rs.getLong(1), rs.getBigDecimal(6)}),
        item);
    return levels;
  }

  private static void post(
      Jdbc jdbc, List<StockMovement> movements, Map<StockLevel.Key, Object[]> current) {
    Map<String, Long> items = jdbc.itemIds();
    long[] ids = jdbc.ids("stock_movement_seq", movements.size());
    int[] next = {0};
    jdbc.batch(
        "INSERT INTO stock_movement (id, item_id, warehouse_code, location, lot, qty, reason,"
            + " reference, moved_at, moved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        movements,
        (p, m) ->
            p.id(ids[next[0]++])
                .id(items.get(m.stock().item()))
                .text(m.stock().warehouse())
                .text(m.stock().location())
                .text(m.stock().lot())
                .decimal(m.qty())
                .text(m.reason().name())
                .text(m.reference())
                .instant(m.movedAt())
                .text(m.movedBy()));
    List<StockMovement> onKnown =
        movements.stream().filter(m -> current.containsKey(m.stock())).toList();
    List<StockMovement> onNew =
        movements.stream().filter(m -> !current.containsKey(m.stock())).toList();
    jdbc.batch(
        "UPDATE stock SET qty = qty + ?, version = version + 1 WHERE id = ?",
        onKnown,
        (p, m) -> p.decimal(m.qty()).id((Long) current.get(m.stock())[0]));
    long[] stockIds = jdbc.ids("stock_seq", onNew.size());
    int[] nextStock = {0};
    jdbc.batch(
        "INSERT INTO stock (id, item_id, warehouse_code, location, lot, qty, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, 1)",
        onNew,
        (p, m) ->
            p.id(stockIds[nextStock[0]++])
                .id(items.get(m.stock().item()))
                .text(m.stock().warehouse())
                .text(m.stock().location())
                .text(m.stock().lot())
                .decimal(m.qty()));
  }

  /** The movements of an item, newest first, at most limit of them. */
  public List<StockMovement> movements(String item, int limit) {
    List<StockMovement> movements =
        Jdbc.of(em)
            .query(
                "SELECT m.id, i.code, m.warehouse_code, m.location, m.lot, m.qty, m.reason,"
                    + " m.reference, m.moved_at, m.moved_by FROM stock_movement m"
                    + " JOIN item i ON i.id = m.item_id WHERE i.code = ?"
                    + " ORDER BY m.moved_at DESC, m.id DESC",
                rs ->
                    new StockMovement(
                        rs.getLong(1),
                        new StockLevel.Key(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                        Jdbc.decimal(rs, "qty"),
                        MovementReason.valueOf(rs.getString(7)),
                        Jdbc.text(rs, "reference"),
                        Jdbc.instant(rs, "moved_at"),
                        rs.getString(10)),
                item);
    return movements.subList(0, Math.min(limit, movements.size()));
  }
}
