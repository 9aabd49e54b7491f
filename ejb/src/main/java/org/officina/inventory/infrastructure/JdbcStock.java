package org.officina.inventory.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.StockLevels;
import org.officina.inventory.model.StockMovement;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.model.Page;

/**
 * Stock on hand and the movements that change it. The quantity kept in stock is the sum of the
 * movements; a movement and the stock it changes are written together.
 */
@Dependent
public class JdbcStock implements StockLevels {

  private static final String LEVELS =
      "SELECT s.id, i.code, s.warehouse_code, s.location, s.lot, s.qty FROM stock s"
          + " JOIN item_key i ON i.id = s.item_id";

  @PersistenceContext EntityManager em;

  @Override
  public void saveWarehouses(Collection<String> warehouses) {
    Jdbc jdbc = Jdbc.of(em);
    List<String> known = jdbc.query("SELECT code FROM warehouse", rs -> rs.getString(1));
    jdbc.batch(
        "INSERT INTO warehouse (code, description) VALUES (?, ?)",
        warehouses.stream().distinct().filter(w -> !known.contains(w)).toList(),
        (p, w) -> p.text(w).text(w));
  }

  @Override
  public List<StockLevel> levels() {
    return Jdbc.of(em)
        .query(
            LEVELS + " WHERE s.qty <> 0 ORDER BY i.code, s.warehouse_code, s.location, s.lot",
            JdbcStock::level);
  }

  @Override
  public Page<StockLevel> search(String item, String warehouse, int offset, int limit) {
    List<String> conditions = new ArrayList<>(List.of("s.qty <> 0"));
    List<Object> params = new ArrayList<>();
    if (item != null) {
      conditions.add(SqlColumns.startsWith("i.code"));
      params.add(SqlColumns.prefix(item));
    }
    if (warehouse != null) {
      conditions.add(SqlColumns.startsWith("s.warehouse_code"));
      params.add(SqlColumns.prefix(warehouse));
    }
    return Jdbc.of(em)
        .page(
            "SELECT s.id, i.code, s.warehouse_code, s.location, s.lot, s.qty",
            "FROM stock s JOIN item_key i ON i.id = s.item_id",
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
        SqlColumns.decimal(rs, "qty"));
  }

  @Override
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
    postAll(jdbc, movements, current);
    return movements.size();
  }

  @Override
  public BigDecimal onHand(StockLevel.Key key) {
    Object[] level = levelsOf(Jdbc.of(em), key.item()).get(key);
    return level == null ? BigDecimal.ZERO : (BigDecimal) level[1];
  }

  @Override
  public void post(List<StockMovement> movements) {
    Jdbc jdbc = Jdbc.of(em);
    postAll(jdbc, movements, currentLevels(jdbc, movements));
  }

  private static void postAll(
      Jdbc jdbc, List<StockMovement> movements, Map<StockLevel.Key, Object[]> current) {
    if (!post(jdbc, movements, current)) {
      throw new IllegalStateException("a movement would take stock below zero");
    }
  }

  @Override
  public boolean postWithinStock(List<StockMovement> movements) {
    Jdbc jdbc = Jdbc.of(em);
    Map<StockLevel.Key, Object[]> current = currentLevels(jdbc, movements);
    boolean outOfNothing =
        movements.stream().anyMatch(m -> m.qty().signum() < 0 && !current.containsKey(m.stock()));
    if (outOfNothing) {
      return false;
    }
    return post(jdbc, movements, current);
  }

  @Override
  public List<StockLevel> levels(String item, String warehouse) {
    return Jdbc.of(em)
        .query(
            LEVELS + " WHERE i.code = ? AND s.warehouse_code = ? AND s.qty > 0 ORDER BY s.id",
            JdbcStock::level,
            item,
            warehouse);
  }

  @Override
  public java.util.Optional<String> usualWarehouse(String item) {
    Jdbc jdbc = Jdbc.of(em);
    List<String> its =
        jdbc.query(
            "SELECT s.warehouse_code FROM stock s JOIN item_key i ON i.id = s.item_id"
                + " WHERE i.code = ? AND s.qty > 0 GROUP BY s.warehouse_code"
                + " ORDER BY SUM(s.qty) DESC, s.warehouse_code",
            rs -> rs.getString(1),
            item);
    if (!its.isEmpty()) {
      return java.util.Optional.of(its.get(0));
    }
    return jdbc
        .query(
            "SELECT warehouse_code FROM stock GROUP BY warehouse_code"
                + " ORDER BY COUNT(*) DESC, warehouse_code",
            rs -> rs.getString(1))
        .stream()
        .findFirst();
  }

  @Override
  public void lock(Collection<String> items, String warehouse) {
    Jdbc jdbc = Jdbc.of(em);
    Collection<Long> ids = jdbc.itemIds(items).values();
    jdbc.queryIn(
        "SELECT id FROM stock WHERE warehouse_code = ? AND item_id IN (%s) ORDER BY id FOR UPDATE",
        ids.stream().sorted().toList(), rs -> rs.getLong(1), warehouse);
  }

  @Override
  public Map<String, BigDecimal> onHand(Collection<String> items, String warehouse) {
    Map<String, BigDecimal> onHand = new HashMap<>();
    Jdbc.of(em)
        .queryIn(
            "SELECT i.code, SUM(s.qty) FROM stock s JOIN item_key i ON i.id = s.item_id"
                + " WHERE s.warehouse_code = ? AND i.code IN (%s) GROUP BY i.code",
            items, rs -> onHand.put(rs.getString(1), rs.getBigDecimal(2)), warehouse);
    return onHand;
  }

  private static Map<StockLevel.Key, Object[]> currentLevels(
      Jdbc jdbc, List<StockMovement> movements) {
    Map<StockLevel.Key, Object[]> current = new HashMap<>();
    movements.stream()
        .map(m -> m.stock().item())
        .distinct()
        .forEach(item -> current.putAll(levelsOf(jdbc, item)));
    return current;
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

  /** Posts movements; false when a movement out found its level short (nothing of it changed). */
  private static boolean post(
      Jdbc jdbc, List<StockMovement> movements, Map<StockLevel.Key, Object[]> current) {
    List<String> codes = movements.stream().map(m -> m.stock().item()).distinct().toList();
    Map<String, Long> items = codes.size() > 1000 ? jdbc.itemIds() : jdbc.itemIds(codes);
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
        movements.stream()
            .filter(m -> current.containsKey(m.stock()))
            .sorted(java.util.Comparator.comparingLong(m -> (Long) current.get(m.stock())[0]))
            .toList();
    List<StockMovement> onNew =
        movements.stream().filter(m -> !current.containsKey(m.stock())).toList();
    int[] changed =
        jdbc.batch(
            "UPDATE stock SET qty = qty + ?, version = version + 1 WHERE id = ? AND qty + ? >= 0",
            onKnown,
            (p, m) -> p.decimal(m.qty()).id((Long) current.get(m.stock())[0]).decimal(m.qty()));
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
    return Arrays.stream(changed).noneMatch(count -> count == 0);
  }

  private static final String MOVEMENTS =
      "SELECT m.id, i.code, m.warehouse_code, m.location, m.lot, m.qty, m.reason,"
          + " m.reference, m.moved_at, m.moved_by FROM stock_movement m"
          + " JOIN item_key i ON i.id = m.item_id";

  @Override
  public List<StockMovement> movements(String item, int limit) {
    List<StockMovement> movements =
        Jdbc.of(em)
            .query(
                MOVEMENTS + " WHERE i.code = ? ORDER BY m.moved_at DESC, m.id DESC",
                JdbcStock::movement,
                item);
    return movements.subList(0, Math.min(limit, movements.size()));
  }

  @Override
  public List<StockMovement> movementsFor(String reference) {
    return Jdbc.of(em)
        .query(
            MOVEMENTS + " WHERE m.reference = ? ORDER BY m.moved_at, m.id",
            JdbcStock::movement,
            reference);
  }

  private static StockMovement movement(ResultSet rs) throws SQLException {
    return new StockMovement(
        rs.getLong(1),
        new StockLevel.Key(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
        SqlColumns.decimal(rs, "qty"),
        MovementReason.valueOf(rs.getString(7)),
        SqlColumns.text(rs, "reference"),
        SqlColumns.instant(rs, "moved_at"),
        rs.getString(10));
  }
}
