package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.officina.planning.model.ActionMessage;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.ItemRecord;
import org.officina.planning.model.MessageSearch;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpPlans;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.PegEnd;
import org.officina.planning.model.PeggingNode;
import org.officina.planning.model.PlannedOrder;
import org.officina.planning.model.PlannedOrderRow;
import org.officina.planning.model.PlannedOrderType;
import org.officina.planning.model.RunComparison;
import org.officina.planning.model.TimePhased;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.model.Page;

/**
 * Reads the results of stored runs: planned orders with what they are pegged to, messages, run
 * comparisons and items' time-phased records, each with set-based queries.
 */
@Dependent
public class JdbcMrpPlans implements MrpPlans {

  private static final String ORDERS =
      "SELECT o.number, i.code, o.order_type, o.qty, o.release_date, o.due_date, o.past_due,"
          + " o.firm_planned_order_id, o.pegged_to"
          + " FROM mrp_planned_order o JOIN item_key i ON i.id = o.item_id WHERE o.run_id = ?";

  @PersistenceContext EntityManager em;
  @Inject JdbcMrpPegging pegging;

  @Override
  public void forEachPlannedOrder(long run, Consumer<PlannedOrderRow> handler) {
    Map<Long, String> demands = pegging.demandReferences(run);
    Jdbc.of(em)
        .forEach(
            ORDERS + " ORDER BY o.number",
            rs -> {
              Stored stored = Stored.of(rs);
              handler.accept(stored.row(demands));
            },
            run);
  }

  @Override
  public Page<PlannedOrderRow> plannedOrders(long run, String item, int offset, int limit) {
    Jdbc jdbc = Jdbc.of(em);
    int first = 1;
    int last = Integer.MAX_VALUE;
    long total;
    if (item == null) {
      total =
          jdbc.query(
                  "SELECT COUNT(*) FROM mrp_planned_order WHERE run_id = ?",
                  rs -> rs.getLong(1),
                  run)
              .get(0);
    } else {
      Optional<int[]> range = orderRange(jdbc, run, item);
      first = range.map(r -> r[0]).orElse(1);
      total = range.map(r -> r[1]).orElse(0);
      last = (int) (first + total - 1);
    }
    List<Stored> stored =
        total == 0
            ? List.of()
            : jdbc.query(
                ORDERS
                    + " AND o.number BETWEEN ? AND ? ORDER BY o.number"
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                Stored::of,
                run,
                first,
                last,
                offset,
                limit);
    Set<Long> demandIds = new HashSet<>();
    stored.forEach(order -> order.demandIds(demandIds));
    Map<Long, String> demands = pegging.demandReferences(demandIds);
    List<PlannedOrderRow> page = new ArrayList<>(stored.size());
    stored.forEach(order -> page.add(order.row(demands)));
    return new Page<>(page, total);
  }

  /** The number of an item's first planned order in a run and how many it has. */
  private static Optional<int[]> orderRange(Jdbc jdbc, long run, String item) {
    return jdbc
        .query(
            "SELECT m.first_order, m.order_count FROM mrp_item m JOIN item_key i ON i.id = m.item_id"
                + " WHERE m.run_id = ? AND i.code = ?",
            rs -> new int[] {rs.getInt(1), rs.getInt(2)},
            run,
            item)
        .stream()
        .findFirst();
  }

  /** A planned order as stored, with the consumers it is pegged to still by their ids. */
  private record Stored(PlannedOrderRow order, List<PeggingText.Entry> peggedTo) {

    static Stored of(ResultSet rs) throws SQLException {
      int number = rs.getInt("number");
      long firm = rs.getLong("firm_planned_order_id");
      Long firmId = rs.wasNull() || firm == 0 ? null : firm;
      return new Stored(
          new PlannedOrderRow(
              number,
              PlannedOrder.reference(number),
              rs.getString("code"),
              PlannedOrderType.valueOf(rs.getString("order_type")),
              SqlColumns.decimal(rs, "qty"),
              SqlColumns.date(rs, "release_date"),
              SqlColumns.date(rs, "due_date"),
              rs.getBoolean("past_due"),
              firmId,
              List.of(),
              null),
          PeggingText.parse(rs.getString("pegged_to")));
    }

    void demandIds(Set<Long> ids) {
      for (PeggingText.Entry entry : peggedTo) {
        if (entry.kind() == PegEnd.DEMAND) {
          ids.add(entry.id());
        }
      }
    }

    /** The order with its consumers named, each once: number/line, PLN-n, FPO-id. */
    PlannedOrderRow row(Map<Long, String> demands) {
      Set<String> consumers = new LinkedHashSet<>();
      for (PeggingText.Entry entry : peggedTo) {
        consumers.add(name(entry, demands));
      }
      return new PlannedOrderRow(
          order.number(),
          order.reference(),
          order.item(),
          order.type(),
          order.qty(),
          order.releaseDate(),
          order.dueDate(),
          order.pastDue(),
          order.firmPlannedOrder(),
          new ArrayList<>(consumers),
          null);
    }

    private static String name(PeggingText.Entry entry, Map<Long, String> demands) {
      switch (entry.kind()) {
        case DEMAND:
          return demands.get(entry.id());
        case PLANNED_ORDER:
          return PlannedOrder.reference((int) entry.id());
        case FIRM_PLANNED_ORDER:
          return FirmPlannedOrder.reference(entry.id());
        default:
          return "SAFETY_STOCK";
      }
    }
  }

  @Override
  public Page<ActionMessage> messages(long run, MessageSearch search, int offset, int limit) {
    List<String> conditions = new ArrayList<>(List.of("m.run_id = ?"));
    List<Object> params = new ArrayList<>(List.of(run));
    if (search.type() != null) {
      conditions.add("m.message_type = ?");
      params.add(search.type().name());
    }
    if (search.item() != null) {
      conditions.add("i.code = ?");
      params.add(search.item());
    }
    if (search.planner() != null) {
      conditions.add("i.planner = ?");
      params.add(search.planner());
    }
    return Jdbc.of(em)
        .page(
            "SELECT m.message_type, i.code, m.reference, m.order_date, m.suggested_date, m.qty,"
                + " i.planner",
            "FROM mrp_message m JOIN item_key i ON i.id = m.item_id",
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
                    SqlColumns.date(rs, "order_date"),
                    SqlColumns.date(rs, "suggested_date"),
                    SqlColumns.decimal(rs, "qty"),
                    rs.getString(7)));
  }

  @Override
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

  @Override
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
                + " JOIN item_key i ON i.id = COALESCE(a.item_id, b.item_id)"
                + " WHERE a.orders IS NULL OR b.orders IS NULL OR a.orders <> b.orders"
                + " OR a.qty <> b.qty ORDER BY i.code OFFSET 0 ROWS FETCH NEXT "
                + limit
                + " ROWS ONLY",
            rs ->
                new RunComparison(
                    rs.getString(1),
                    SqlColumns.integer(rs, "orders"),
                    SqlColumns.decimal(rs, "qty_a"),
                    (Integer) rs.getObject(4, Integer.class),
                    SqlColumns.decimal(rs, "qty_b")),
            runA,
            runB);
  }

  @Override
  public Optional<ItemRecord> itemRecord(MrpRunRecord run, String item) {
    Jdbc jdbc = Jdbc.of(em);
    Optional<RunItem> found =
        jdbc
            .query(
                "SELECT i.id, m.low_level_code, m.on_hand, m.safety_stock, m.first_order,"
                    + " m.order_count FROM mrp_item m JOIN item_key i ON i.id = m.item_id"
                    + " WHERE m.run_id = ? AND i.code = ?",
                rs ->
                    new RunItem(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getInt(5),
                        rs.getInt(6)),
                run.planRows(),
                item)
            .stream()
            .findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RunItem head = found.get();
    List<TimePhased.Dated> gross = new ArrayList<>();
    for (PeggingNode node :
        pegging.requirementsOf(run.planRows(), head.id(), head.firstOrder(), head.orderCount())) {
      gross.add(new TimePhased.Dated(node.date(), node.qty()));
    }
    List<TimePhased.Dated> receipts =
        jdbc.query(
            "SELECT due_date, qty FROM supply_line WHERE item_id = ? UNION ALL"
                + " SELECT due_date, qty FROM firm_planned_order WHERE item_id = ?"
                + " AND status = 'FIRM'",
            rs ->
                new TimePhased.Dated(
                    SqlColumns.date(rs, "due_date"), SqlColumns.decimal(rs, "qty")),
            head.id(),
            head.id());
    List<TimePhased.Planned> planned =
        jdbc.query(
            "SELECT release_date, due_date, qty FROM mrp_planned_order"
                + " WHERE run_id = ? AND number BETWEEN ? AND ?",
            rs ->
                new TimePhased.Planned(
                    SqlColumns.date(rs, "release_date"),
                    SqlColumns.date(rs, "due_date"),
                    SqlColumns.decimal(rs, "qty")),
            run.planRows(),
            head.firstOrder(),
            head.firstOrder() + head.orderCount() - 1);
    List<TimePhased.Forecast> forecasts =
        jdbc.query(
            "SELECT d.due_date, d.qty, f.consumed_qty, f.remaining_qty FROM mrp_forecast f"
                + " JOIN demand_line d ON d.id = f.demand_id WHERE f.run_id = ? AND f.item_id = ?",
            rs ->
                new TimePhased.Forecast(
                    SqlColumns.date(rs, "due_date"),
                    SqlColumns.decimal(rs, "qty"),
                    SqlColumns.decimal(rs, "consumed_qty"),
                    SqlColumns.decimal(rs, "remaining_qty")),
            run.planRows(),
            head.id());
    return Optional.of(
        TimePhased.of(
            item,
            head.lowLevelCode(),
            run.request().start(),
            run.request().horizonDays(),
            head.onHand(),
            head.safetyStock(),
            gross,
            receipts,
            planned,
            forecasts));
  }

  /** An item as a run kept it. */
  private record RunItem(
      long id,
      int lowLevelCode,
      BigDecimal onHand,
      BigDecimal safetyStock,
      int firstOrder,
      int orderCount) {}
}
