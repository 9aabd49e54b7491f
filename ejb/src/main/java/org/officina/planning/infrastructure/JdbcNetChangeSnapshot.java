package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.officina.engineering.model.BomLine;
import org.officina.planning.model.NetChangeScope;
import org.officina.planning.model.NetChangeSnapshots;
import org.officina.planning.model.PlanningInput;
import org.officina.planning.model.PlanningSnapshot;
import org.officina.resources.model.CalendarDefinition;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/**
 * Loads what a net-change run plans from, a set of items per query: the scope (read a level of the
 * bills at a time), the re-planned items with their bills, routings, stock, open orders, demand and
 * firm planned orders, and the kept parents with their firm planned orders and the live plan's
 * planned orders. Never a query per item.
 */
@Dependent
public class JdbcNetChangeSnapshot implements NetChangeSnapshots {

  private static final String LINK =
      "SELECT p.code, c.code, b.phantom FROM bom_line b JOIN item p ON p.id = b.item_id"
          + " JOIN item c ON c.id = b.component_id WHERE ";

  @PersistenceContext EntityManager em;

  @Override
  public NetChangeScope scope(Collection<String> changed) {
    Jdbc jdbc = Jdbc.of(em);
    return NetChangeScope.of(
        changed,
        new NetChangeScope.BillLinks() {
          @Override
          public List<NetChangeScope.Link> from(Collection<String> parents) {
            return jdbc.queryIn(LINK + "p.code IN (%s)", parents, JdbcNetChangeSnapshot::link);
          }

          @Override
          public List<NetChangeScope.Link> to(Collection<String> components) {
            return jdbc.queryIn(LINK + "c.code IN (%s)", components, JdbcNetChangeSnapshot::link);
          }

          @Override
          public List<NetChangeScope.Link> phantomsTo(Collection<String> components) {
            return jdbc.queryIn(
                LINK + "b.phantom = ? AND c.code IN (%s)",
                components,
                JdbcNetChangeSnapshot::link,
                true);
          }
        });
  }

  private static NetChangeScope.Link link(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new NetChangeScope.Link(rs.getString(1), rs.getString(2), rs.getBoolean(3));
  }

  @Override
  public PlanningSnapshot load(
      String plant, Collection<CalendarDefinition> calendars, NetChangeScope scope, long planRun) {
    Jdbc jdbc = Jdbc.of(em);
    PlanningInput input = new PlanningInput();
    ItemCodes codes = new ItemCodes();
    Map<String, Long> ids = new HashMap<>();
    Set<String> wanted = new HashSet<>(scope.replanned());
    wanted.addAll(scope.kept());
    jdbc.queryIn(
        JdbcPlanningSnapshot.ITEMS + " WHERE code IN (%s)",
        wanted,
        rs -> {
          codes.put(rs.getLong(1), rs.getString(2));
          ids.put(rs.getString(2), rs.getLong(1));
          return input.item(JdbcPlanningSnapshot.item(rs));
        });
    List<Long> replanned = idsOf(scope.replanned(), ids);
    List<Long> kept = idsOf(scope.kept(), ids);
    bills(jdbc, input, scope, codes, replanned, kept);
    jdbc.queryIn(
        JdbcPlanningSnapshot.OPERATIONS + " AND item_id IN (%s)",
        replanned,
        rs -> JdbcPlanningSnapshot.operation(rs, codes, input));
    RunCalendars runCalendars = new RunCalendars(calendars);
    JdbcPlanningSnapshot.workCenters(jdbc, plant, runCalendars, input);
    jdbc.queryIn(
        JdbcPlanningSnapshot.SUPPLIER_TERMS + " WHERE item_id IN (%s)",
        replanned,
        rs -> {
          JdbcPlanningSnapshot.supplierTerms(rs, codes, runCalendars, input);
          return null;
        });
    jdbc.queryIn(
        "SELECT item_id, SUM(qty) FROM nettable_stock WHERE item_id IN (%s) GROUP BY item_id",
        replanned, rs -> input.onHand(codes.get(rs.getLong(1)), rs.getBigDecimal(2)));
    long[] open =
        lines(
            jdbc,
            "supply_line",
            "order_type",
            replanned,
            codes,
            JdbcPlanningSnapshot.receiptInto(input));
    long[] demand =
        lines(
            jdbc,
            "demand_line",
            "demand_type",
            replanned,
            codes,
            JdbcPlanningSnapshot.demandInto(input));

    long[] firm = firmOrders(jdbc, plant, replanned, kept, codes, input);
    Map<Integer, String> keptCoverage = keptOrders(jdbc, planRun, kept, codes, input);
    List<long[]> replacedRanges = new ArrayList<>();
    jdbc.queryIn(
        "SELECT item_id, first_order, order_count FROM mrp_item WHERE run_id = ? AND item_id IN (%s)",
        replanned,
        rs -> {
          replacedRanges.add(new long[] {rs.getLong(2), rs.getLong(2) + rs.getLong(3)});
          return input.liveNumbers(codes.get(rs.getLong(1)), rs.getInt(2), rs.getInt(3));
        },
        planRun);
    int next =
        jdbc.query(
                "SELECT MAX(first_order + order_count) FROM mrp_item WHERE run_id = ?",
                rs -> rs.getInt(1),
                planRun)
            .get(0);
    input.numberFrom(Math.max(1, next));
    return new PlanningSnapshot(input, ids, demand, open, firm, keptCoverage, replacedRanges);
  }

  private static List<Long> idsOf(Set<String> items, Map<String, Long> ids) {
    return items.stream().map(ids::get).filter(id -> id != null).sorted().toList();
  }

  /**
   * The lines into the re-planned items, and the phantom lines into kept ones, as a full load
   * orders them. A line whose parent is not in the scope was added since the scope was read: that
   * change is in the planning file for the next run.
   */
  private static void bills(
      Jdbc jdbc,
      PlanningInput input,
      NetChangeScope scope,
      ItemCodes codes,
      List<Long> replanned,
      List<Long> kept) {
    List<Object[]> lines = new ArrayList<>();
    Jdbc.Mapper<Object> line =
        rs -> {
          String component = codes.get(rs.getLong(2));
          if (codes.containsKey(rs.getLong(1)) && scope.needs(component, rs.getBoolean(9))) {
            BomLine read = JdbcPlanningSnapshot.bomLine(rs, codes, rs.getString(12));
            lines.add(new Object[] {rs.getLong(1), rs.getInt(13), read});
          }
          return null;
        };
    String select =
        "SELECT b.item_id, b.component_id, b.qty_per, b.per_order, b.scrap_pct, b.valid_from,"
            + " b.valid_to, b.operation_seq, b.phantom, b.alternate_for_id, b.priority, a.code,"
            + " b.line_no FROM bom_line b LEFT JOIN item a ON a.id = b.alternate_for_id WHERE ";
    jdbc.queryIn(select + "b.component_id IN (%s)", replanned, line);
    jdbc.queryIn(select + "b.phantom = ? AND b.component_id IN (%s)", kept, line, true);
    lines.sort(
        Comparator.comparingLong((Object[] l) -> (Long) l[0])
            .thenComparingInt(l -> (Integer) l[1]));
    lines.forEach(l -> input.bomLine((BomLine) l[2]));
  }

  /** The lines of the re-planned items in an order table, by id as a full load reads them. */
  private static long[] lines(
      Jdbc jdbc,
      String table,
      String typeColumn,
      List<Long> items,
      ItemCodes codes,
      JdbcPlanningSnapshot.LineInput input) {
    TreeMap<Long, Object[]> byId = new TreeMap<>();
    jdbc.queryIn(
        "SELECT id, order_number, line_no, item_id, qty, due_date, "
            + typeColumn
            + " FROM "
            + table
            + " WHERE item_id IN (%s)",
        items,
        rs ->
            byId.put(
                rs.getLong(1),
                new Object[] {
                  codes.get(rs.getLong(4)),
                  SqlColumns.date(rs, "due_date"),
                  rs.getBigDecimal(5),
                  JdbcPlanningSnapshot.ref(rs),
                  rs.getString(7)
                }));
    byId.values()
        .forEach(
            l ->
                input.add(
                    (String) l[0],
                    (LocalDate) l[1],
                    (BigDecimal) l[2],
                    (String) l[3],
                    (String) l[4]));
    return byId.keySet().stream().mapToLong(Long::longValue).toArray();
  }

  /** The firm planned orders of the re-planned and the kept items, by id. */
  private static long[] firmOrders(
      Jdbc jdbc,
      String plant,
      List<Long> replanned,
      List<Long> kept,
      ItemCodes codes,
      PlanningInput input) {
    List<Long> items = new ArrayList<>(replanned);
    items.addAll(kept);
    TreeMap<Long, Object[]> byId = new TreeMap<>();
    jdbc.queryIn(
        "SELECT id, item_id, qty, release_date, due_date FROM firm_planned_order"
            + " WHERE plant = ? AND status = 'FIRM' AND item_id IN (%s)",
        items,
        rs ->
            byId.put(
                rs.getLong(1),
                new Object[] {
                  codes.get(rs.getLong(2)),
                  SqlColumns.date(rs, "release_date"),
                  SqlColumns.date(rs, "due_date"),
                  rs.getBigDecimal(3)
                }),
        plant);
    byId.forEach(
        (id, f) ->
            input.firmPlannedOrder(
                (String) f[0], (LocalDate) f[1], (LocalDate) f[2], (BigDecimal) f[3], "FPO-" + id));
    return byId.keySet().stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * The live plan's planned orders of the kept items, with their levels: each item's orders are
   * numbered in a row, so they are read as ranges of numbers. Returns what covers each of them, by
   * number, for the run to rewrite.
   */
  private static Map<Integer, String> keptOrders(
      Jdbc jdbc, long planRun, List<Long> kept, ItemCodes codes, PlanningInput input) {
    TreeMap<Long, Long> itemFrom = new TreeMap<>();
    Map<Long, Integer> levels = new HashMap<>();
    Map<Long, List<PlanningInput.KeptOrder>> orders = new HashMap<>();
    List<long[]> ranges = new ArrayList<>();
    jdbc.queryIn(
        "SELECT item_id, low_level_code, first_order, order_count FROM mrp_item"
            + " WHERE run_id = ? AND item_id IN (%s)",
        kept,
        rs -> {
          levels.put(rs.getLong(1), rs.getInt(2));
          orders.put(rs.getLong(1), new ArrayList<>());
          if (rs.getInt(4) > 0) {
            itemFrom.put(rs.getLong(3), rs.getLong(1));
            ranges.add(new long[] {rs.getLong(3), rs.getLong(3) + rs.getLong(4)});
          }
          return null;
        },
        planRun);
    for (long item : kept) {
      if (!levels.containsKey(item)) {
        throw new IllegalStateException(
            "the live plan of run "
                + planRun
                + " has no record of item "
                + codes.get(item)
                + ": run REGENERATIVE");
      }
    }
    Map<Integer, String> coverage = new HashMap<>();
    jdbc.forEachInRanges(
        "SELECT number, release_date, due_date, qty, covered_by FROM mrp_planned_order"
            + " WHERE run_id = ? AND %s",
        "number",
        ranges,
        rs -> {
          int number = rs.getInt(1);
          coverage.put(number, rs.getString(5));
          long item = itemFrom.floorEntry((long) number).getValue();
          orders
              .get(item)
              .add(
                  new PlanningInput.KeptOrder(
                      number,
                      SqlColumns.date(rs, "release_date"),
                      SqlColumns.date(rs, "due_date"),
                      rs.getBigDecimal(4)));
        },
        planRun);
    orders.forEach((item, own) -> input.keep(codes.get(item), levels.get(item), own));
    return coverage;
  }
}
