package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.officina.planning.model.ActionMessage;
import org.officina.planning.model.ItemRecord;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.PegEnd;
import org.officina.planning.model.PeggingNode;
import org.officina.planning.model.PlannedOrder;
import org.officina.planning.model.PlannedOrderRow;
import org.officina.planning.model.PlannedOrderType;
import org.officina.planning.model.RunComparison;
import org.officina.planning.model.TimePhased;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.model.Page;

/**
 * Reads the results of stored runs: planned orders with their direct pegging, messages, and the
 * pegging one level at a time in either direction, each with set-based queries.
 */
@Dependent
public class JdbcMrpPlans {

  private static final String ORDERS =
      "SELECT o.number, i.code, o.order_type, o.qty, o.release_date, o.due_date, o.past_due,"
          + " o.firm_planned_order_id, g.consumer_kind, g.consumer_id, d.order_number AS demand,"
          + " d.line_no AS demand_line"
          + " FROM mrp_planned_order o JOIN item i ON i.id = o.item_id"
          + " LEFT JOIN mrp_pegging g ON g.run_id = o.run_id AND g.supply_kind = 'P'"
          + " AND g.supply_id = o.number"
          + " LEFT JOIN demand_line d ON g.consumer_kind = 'D' AND d.id = g.consumer_id"
          + " WHERE o.run_id = ?";

  @PersistenceContext EntityManager em;

  /** Every planned order of the run in number order, handed on one at a time. */
  public void forEachPlannedOrder(long run, Consumer<PlannedOrderRow> handler) {
    Rows rows = new Rows(handler);
    Jdbc.of(em)
        .forEach(ORDERS + " ORDER BY o.number, g.consumer_kind, g.consumer_id", rows::add, run);
    rows.flush();
  }

  /** A page of the run's planned orders, of one item or all, in number order. */
  public Page<PlannedOrderRow> plannedOrders(long run, String item, int offset, int limit) {
    Jdbc jdbc = Jdbc.of(em);
    String itemCondition = item == null ? "" : " AND i.code = ?";
    Object[] params = item == null ? new Object[] {run} : new Object[] {run, item};
    long total =
        jdbc.query(
                "SELECT COUNT(*) FROM mrp_planned_order o JOIN item i ON i.id = o.item_id"
                    + " WHERE o.run_id = ?"
                    + itemCondition,
                rs -> rs.getLong(1),
                params)
            .get(0);
    List<Object> paged = new ArrayList<>(List.of(params));
    paged.add(offset);
    paged.add(limit);
    List<Integer> numbers =
        jdbc.query(
            "SELECT o.number FROM mrp_planned_order o JOIN item i ON i.id = o.item_id"
                + " WHERE o.run_id = ?"
                + itemCondition
                + " ORDER BY o.number OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
            rs -> rs.getInt(1),
            paged.toArray());
    List<PlannedOrderRow> page = new ArrayList<>();
    if (!numbers.isEmpty()) {
      Rows rows = new Rows(page::add);
      List<Object> selected = new ArrayList<>(List.of(run));
      selected.addAll(numbers);
      jdbc.forEach(
          ORDERS
              + " AND o.number IN ("
              + String.join(", ", Collections.nCopies(numbers.size(), "?"))
              + ") ORDER BY o.number, g.consumer_kind, g.consumer_id",
          rows::add,
          selected.toArray());
      rows.flush();
    }
    return new Page<>(page, total);
  }

  /** Joins the rows of one planned order (one per pegging link) into one. */
  private static final class Rows {
    private final Consumer<PlannedOrderRow> handler;
    private PlannedOrderRow current;
    private final List<String> peggedTo = new ArrayList<>();

    Rows(Consumer<PlannedOrderRow> handler) {
      this.handler = handler;
    }

    void add(ResultSet rs) throws SQLException {
      int number = rs.getInt("number");
      if (current != null && current.number() != number) {
        flush();
      }
      if (current == null) {
        long firm = rs.getLong("firm_planned_order_id");
        current =
            new PlannedOrderRow(
                number,
                PlannedOrder.reference(number),
                rs.getString("code"),
                PlannedOrderType.valueOf(rs.getString("order_type")),
                Jdbc.decimal(rs, "qty"),
                Jdbc.date(rs, "release_date"),
                Jdbc.date(rs, "due_date"),
                rs.getBoolean("past_due"),
                rs.wasNull() || firm == 0 ? null : firm,
                List.of());
      }
      String kind = rs.getString("consumer_kind");
      if (kind != null) {
        String consumer =
            consumerReference(
                PeggingKinds.of(kind),
                rs.getLong("consumer_id"),
                rs.getString("demand"),
                rs.getInt("demand_line"));
        if (!peggedTo.contains(consumer)) {
          peggedTo.add(consumer);
        }
      }
    }

    void flush() {
      if (current != null) {
        handler.accept(
            new PlannedOrderRow(
                current.number(),
                current.reference(),
                current.item(),
                current.type(),
                current.qty(),
                current.releaseDate(),
                current.dueDate(),
                current.pastDue(),
                current.firmPlannedOrder(),
                peggedTo));
        current = null;
        peggedTo.clear();
      }
    }
  }

  /** How a consumer is named: a demand line as number/line, an order as PLN-n or FPO-id. */
  static String consumerReference(PegEnd kind, long id, String demand, int line) {
    switch (kind) {
      case DEMAND:
        return demand + "/" + line;
      case PLANNED_ORDER:
        return PlannedOrder.reference((int) id);
      case FIRM_PLANNED_ORDER:
        return firmReference(id);
      default:
        return "SAFETY_STOCK";
    }
  }

  public static String firmReference(long id) {
    return "FPO-" + id;
  }

  /** A page of the run's messages, filtered by type and item (null: all), in the run's order. */
  public Page<ActionMessage> messages(
      long run, MessageType type, String item, int offset, int limit) {
    List<String> conditions = new ArrayList<>(List.of("m.run_id = ?"));
    List<Object> params = new ArrayList<>(List.of(run));
    if (type != null) {
      conditions.add("m.message_type = ?");
      params.add(type.name());
    }
    if (item != null) {
      conditions.add("i.code = ?");
      params.add(item);
    }
    return Jdbc.of(em)
        .page(
            "SELECT m.message_type, i.code, m.reference, m.order_date, m.suggested_date, m.qty",
            "FROM mrp_message m JOIN item i ON i.id = m.item_id",
            conditions,
            params,
            "m.seq",
            offset,
            limit,
            rs ->
                new ActionMessage(
                    MessageType.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    Jdbc.date(rs, "order_date"),
                    Jdbc.date(rs, "suggested_date"),
                    Jdbc.decimal(rs, "qty")));
  }

  /** The supplies pegged to a consumer: what covers a demand or an order's requirements. */
  public List<PeggingNode> suppliesOf(long run, PegEnd consumer, long consumerId) {
    return Jdbc.of(em)
        .query(
            "SELECT g.supply_kind, g.supply_id, i.code, g.qty, s.order_number, s.line_no,"
                + " COALESCE(o.due_date, s.due_date, f.due_date) AS due"
                + " FROM mrp_pegging g JOIN item i ON i.id = g.item_id"
                + " LEFT JOIN mrp_planned_order o ON g.supply_kind = 'P' AND o.run_id = g.run_id"
                + " AND o.number = g.supply_id"
                + " LEFT JOIN supply_line s ON g.supply_kind = 'O' AND s.id = g.supply_id"
                + " LEFT JOIN firm_planned_order f ON g.supply_kind = 'F' AND f.id = g.supply_id"
                + " WHERE g.run_id = ? AND g.consumer_kind = ? AND g.consumer_id = ?"
                + " ORDER BY g.supply_kind, g.supply_id",
            rs -> {
              PegEnd kind = PeggingKinds.of(rs.getString(1));
              long id = rs.getLong(2);
              return new PeggingNode(
                  kind,
                  id,
                  supplyReference(kind, id, rs.getString(5), rs.getInt(6)),
                  rs.getString(3),
                  Jdbc.decimal(rs, "qty"),
                  Jdbc.date(rs, "due"),
                  List.of());
            },
            run,
            PeggingKinds.code(consumer),
            consumerId);
  }

  /** The consumers a supply is pegged to: the demands and orders it serves. */
  public List<PeggingNode> consumersOf(long run, PegEnd supply, long supplyId) {
    return Jdbc.of(em)
        .query(
            "SELECT g.consumer_kind, g.consumer_id, COALESCE(di.code, oi.code, fi.code, i.code),"
                + " g.qty, d.order_number, d.line_no,"
                + " COALESCE(d.due_date, o.release_date, f.release_date) AS needed"
                + " FROM mrp_pegging g JOIN item i ON i.id = g.item_id"
                + " LEFT JOIN demand_line d ON g.consumer_kind = 'D' AND d.id = g.consumer_id"
                + " LEFT JOIN item di ON di.id = d.item_id"
                + " LEFT JOIN mrp_planned_order o ON g.consumer_kind = 'P'"
                + " AND o.run_id = g.run_id AND o.number = g.consumer_id"
                + " LEFT JOIN item oi ON oi.id = o.item_id"
                + " LEFT JOIN firm_planned_order f ON g.consumer_kind = 'F'"
                + " AND f.id = g.consumer_id"
                + " LEFT JOIN item fi ON fi.id = f.item_id"
                + " WHERE g.run_id = ? AND g.supply_kind = ? AND g.supply_id = ?"
                + " ORDER BY g.consumer_kind, g.consumer_id",
            rs -> {
              PegEnd kind = PeggingKinds.of(rs.getString(1));
              return new PeggingNode(
                  kind,
                  rs.getLong(2),
                  consumerReference(kind, rs.getLong(2), rs.getString(5), rs.getInt(6)),
                  rs.getString(3),
                  Jdbc.decimal(rs, "qty"),
                  Jdbc.date(rs, "needed"),
                  List.of());
            },
            run,
            PeggingKinds.code(supply),
            supplyId);
  }

  /** How a supply is named: PLN-n, an open order as number/line, FPO-id, STOCK. */
  static String supplyReference(PegEnd kind, long id, String order, int line) {
    switch (kind) {
      case PLANNED_ORDER:
        return PlannedOrder.reference((int) id);
      case OPEN_ORDER:
        return order + "/" + line;
      case FIRM_PLANNED_ORDER:
        return firmReference(id);
      default:
        return "STOCK";
    }
  }

  /** The id of a demand line by its number and line, if there is one. */
  public Optional<Long> demandLine(String number, int line) {
    return Jdbc.of(em)
        .query(
            "SELECT id FROM demand_line WHERE order_number = ? AND line_no = ?",
            rs -> rs.getLong(1),
            number,
            line)
        .stream()
        .findFirst();
  }

  /** The items whose planned orders differ between two runs, by code; at most limit of them. */
  public List<RunComparison> compare(long runA, long runB, int limit) {
    String perItem =
        "(SELECT item_id, COUNT(*) AS orders, SUM(qty) AS qty FROM mrp_planned_order"
            + " WHERE run_id = ? GROUP BY item_id)";
    return Jdbc.of(em)
        .query(
            "SELECT i.code, a.orders, a.qty AS qty_a, b.orders, b.qty AS qty_b FROM "
                + perItem
                + " a FULL OUTER JOIN "
                + perItem
                + " b ON b.item_id = a.item_id"
                + " JOIN item i ON i.id = COALESCE(a.item_id, b.item_id)"
                + " WHERE a.orders IS NULL OR b.orders IS NULL OR a.orders <> b.orders"
                + " OR a.qty <> b.qty ORDER BY i.code OFFSET 0 ROWS FETCH NEXT "
                + limit
                + " ROWS ONLY",
            rs ->
                new RunComparison(
                    rs.getString(1),
                    Jdbc.integer(rs, "orders"),
                    Jdbc.decimal(rs, "qty_a"),
                    (Integer) rs.getObject(4, Integer.class),
                    Jdbc.decimal(rs, "qty_b")),
            runA,
            runB);
  }

  /**
   * The requirements an item's supplies cover, on the dates they are needed: through the supply
   * index of the pegging, one query per kind of supply (planned, open, firm planned, stock).
   */
  private static List<TimePhased.Dated> grossRequirements(Jdbc jdbc, long run, long itemId) {
    List<TimePhased.Dated> gross = new ArrayList<>();
    String needed =
        "SELECT g.qty, COALESCE(d.due_date, o.release_date, f.release_date) AS needed"
            + " FROM mrp_pegging g"
            + " LEFT JOIN demand_line d ON g.consumer_kind = 'D' AND d.id = g.consumer_id"
            + " LEFT JOIN mrp_planned_order o ON g.consumer_kind = 'P' AND o.run_id = g.run_id"
            + " AND o.number = g.consumer_id"
            + " LEFT JOIN firm_planned_order f ON g.consumer_kind = 'F' AND f.id = g.consumer_id"
            + " WHERE g.run_id = ? AND g.consumer_kind <> 'Z' AND ";
    Jdbc.RowHandler toGross =
        rs -> gross.add(new TimePhased.Dated(Jdbc.date(rs, "needed"), Jdbc.decimal(rs, "qty")));
    jdbc.forEach(
        needed
            + "g.supply_kind = 'P' AND g.supply_id IN (SELECT number FROM mrp_planned_order"
            + " WHERE run_id = ? AND item_id = ?)",
        toGross,
        run,
        run,
        itemId);
    jdbc.forEach(
        needed
            + "g.supply_kind = 'O' AND g.supply_id IN (SELECT id FROM supply_line"
            + " WHERE item_id = ?)",
        toGross,
        run,
        itemId);
    jdbc.forEach(
        needed
            + "g.supply_kind = 'F' AND g.supply_id IN (SELECT id FROM firm_planned_order"
            + " WHERE item_id = ?)",
        toGross,
        run,
        itemId);
    jdbc.forEach(needed + "g.supply_kind = 'S' AND g.supply_id = ?", toGross, run, itemId);
    return gross;
  }

  /**
   * What an item's time-phased record is rebuilt from: its stock and safety stock when the run
   * started, the requirements its supplies cover (on the dates they are needed), today's open and
   * firm planned orders, and the run's planned orders.
   */
  public Optional<ItemRecord> itemRecord(MrpRunRecord run, String item) {
    Jdbc jdbc = Jdbc.of(em);
    List<Object[]> head =
        jdbc.query(
            "SELECT i.id, m.low_level_code, m.on_hand, m.safety_stock FROM mrp_item m"
                + " JOIN item i ON i.id = m.item_id WHERE m.run_id = ? AND i.code = ?",
            rs ->
                new Object[] {
                  rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4)
                },
            run.id(),
            item);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    long itemId = (Long) head.get(0)[0];
    List<TimePhased.Dated> gross = grossRequirements(jdbc, run.id(), itemId);
    List<TimePhased.Dated> receipts =
        jdbc.query(
            "SELECT due_date, qty FROM supply_line WHERE item_id = ? UNION ALL"
                + " SELECT due_date, qty FROM firm_planned_order WHERE item_id = ?"
                + " AND status = 'FIRM'",
            rs -> new TimePhased.Dated(Jdbc.date(rs, "due_date"), Jdbc.decimal(rs, "qty")),
            itemId,
            itemId);
    List<TimePhased.Planned> planned =
        jdbc.query(
            "SELECT release_date, due_date, qty FROM mrp_planned_order"
                + " WHERE run_id = ? AND item_id = ?",
            rs ->
                new TimePhased.Planned(
                    Jdbc.date(rs, "release_date"),
                    Jdbc.date(rs, "due_date"),
                    Jdbc.decimal(rs, "qty")),
            run.id(),
            itemId);
    return Optional.of(
        TimePhased.of(
            item,
            (Integer) head.get(0)[1],
            run.request().start(),
            run.request().horizonDays(),
            (BigDecimal) head.get(0)[2],
            (BigDecimal) head.get(0)[3],
            gross,
            receipts,
            planned));
  }
}
