package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.PlanningPolicy;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.planning.model.DemandKind;
import org.officina.planning.model.MrpSource;
import org.officina.planning.model.PlanningInput;
import org.officina.planning.model.PlanningSnapshot;
import org.officina.planning.model.PlanningSnapshots;
import org.officina.resources.model.CalendarDefinition;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/**
 * Loads what a run plans from with one query per table, whatever the size of the plant: items,
 * bills, where each routing ends, the plant's work centers, stock by item, open orders, demand and
 * firm planned orders. Never a query per item.
 */
@Dependent
public class JdbcPlanningSnapshot implements PlanningSnapshots {

  /** The items with what MRP plans them by: {@link #item} reads a row. */
  static final String ITEMS =
      "SELECT id, code, description, uom, supply_type, lead_time_days, lot_rule, lot_qty,"
          + " lot_min, lot_multiple, lot_periods, safety_stock, lead_time_from_routing,"
          + " planner, demand_fence_days, planning_fence_days, consumption_backward_days,"
          + " consumption_forward_days, early_tolerance_days, late_tolerance_days,"
          + " qty_tolerance_pct, reorder_point FROM item";

  /** The operations of routings (not sub-operations): {@link #operation} reads a row. */
  static final String OPERATIONS =
      "SELECT item_id, seq, work_center_code, COALESCE(setup_minutes, 0)"
          + " + COALESCE(fixed_minutes, 0) + COALESCE(queue_minutes, 0)"
          + " + COALESCE(move_minutes, 0), run_minutes FROM routing_operation"
          + " WHERE parent_seq IS NULL";

  @PersistenceContext EntityManager em;

  @Override
  public PlanningSnapshot load(String plant, Collection<CalendarDefinition> calendars) {
    Jdbc jdbc = Jdbc.of(em);
    PlanningInput input = new PlanningInput();
    ItemCodes codes = new ItemCodes();
    Map<String, Long> ids = new HashMap<>();
    jdbc.forEach(
        ITEMS,
        rs -> {
          ItemData item = item(rs);
          codes.put(rs.getLong(1), item.code());
          ids.put(item.code(), rs.getLong(1));
          input.item(item);
        });
    input.codesShared();
    jdbc.forEach(
        "SELECT item_id, component_id, qty_per, per_order, scrap_pct, valid_from, valid_to,"
            + " operation_seq, phantom, alternate_for_id, priority FROM bom_line"
            + " ORDER BY item_id, line_no",
        rs -> input.bomLine(bomLine(rs, codes, codes.get(rs.getLong(10)))));
    jdbc.forEach(OPERATIONS, rs -> operation(rs, codes, input));
    RunCalendars runCalendars = new RunCalendars(calendars);
    workCenters(jdbc, plant, runCalendars, input);
    jdbc.forEach(SUPPLIER_TERMS, rs -> supplierTerms(rs, codes, runCalendars, input));
    jdbc.forEach(
        "SELECT item_id, SUM(qty) FROM nettable_stock GROUP BY item_id",
        rs -> input.onHand(codes.get(rs.getLong(1)), rs.getBigDecimal(2)));
    long[] open = lines(jdbc, "supply_line", "order_type", codes, receiptInto(input));
    long[] demand = lines(jdbc, "demand_line", "demand_type", codes, demandInto(input));
    LongList firm = new LongList();
    jdbc.forEach(
        "SELECT id, item_id, qty, release_date, due_date FROM firm_planned_order"
            + " WHERE plant = ? AND status = 'FIRM' ORDER BY id",
        rs -> {
          firm.add(rs.getLong(1));
          input.firmPlannedOrder(
              codes.get(rs.getLong(2)),
              SqlColumns.date(rs, "release_date"),
              SqlColumns.date(rs, "due_date"),
              rs.getBigDecimal(3),
              "FPO-" + rs.getLong(1));
        },
        plant);
    return new PlanningSnapshot(input, ids, demand, open, firm.toArray());
  }

  /**
   * Adds an order or demand line to the input: its item, due date, quantity, reference and type.
   */
  @FunctionalInterface
  interface LineInput {
    PlanningInput add(String item, LocalDate due, BigDecimal qty, String reference, String type);
  }

  /** Supply lines into the input, each as the kind of order its type says. */
  static LineInput receiptInto(PlanningInput input) {
    return (item, due, qty, reference, type) ->
        input.receipt(item, due, qty, reference, MrpSource.valueOf(type));
  }

  /** Demand lines into the input, each as the kind of demand its type says. */
  static LineInput demandInto(PlanningInput input) {
    return (item, due, qty, reference, type) ->
        input.demand(item, due, qty, reference, DemandKind.valueOf(type));
  }

  /**
   * The lines of an order table (supply_line, demand_line, with the column of their type) into the
   * input; their ids, in order.
   */
  private static long[] lines(
      Jdbc jdbc, String table, String typeColumn, ItemCodes codes, LineInput input) {
    LongList ids = new LongList();
    jdbc.forEach(
        "SELECT id, order_number, line_no, item_id, qty, due_date, "
            + typeColumn
            + " FROM "
            + table
            + " ORDER BY id",
        rs -> {
          ids.add(rs.getLong(1));
          input.add(
              codes.get(rs.getLong(4)),
              SqlColumns.date(rs, 6),
              rs.getBigDecimal(5),
              ref(rs),
              rs.getString(7));
        });
    return ids.toArray();
  }

  /** Adds a row of {@link #OPERATIONS} to the input. */
  static PlanningInput operation(ResultSet rs, ItemCodes codes, PlanningInput input)
      throws SQLException {
    return input.operation(
        codes.get(rs.getLong(1)),
        rs.getInt(2),
        rs.getString(3),
        rs.getBigDecimal(4),
        rs.getBigDecimal(5));
  }

  static ItemData item(ResultSet rs) throws SQLException {
    return new ItemData(
        rs.getString(2),
        SqlColumns.text(rs, "description"),
        UnitOfMeasure.valueOf(rs.getString(4)),
        SupplyType.valueOf(rs.getString(5)),
        rs.getInt(6),
        LotRule.valueOf(rs.getString(7)),
        rs.getBigDecimal(8),
        rs.getBigDecimal(9),
        rs.getBigDecimal(10),
        SqlColumns.integer(rs, 11),
        rs.getBigDecimal(12),
        rs.getBoolean(13),
        rs.getString(14),
        null,
        null,
        new PlanningPolicy(
            SqlColumns.integer(rs, 15),
            SqlColumns.integer(rs, 16),
            SqlColumns.integer(rs, 17),
            SqlColumns.integer(rs, 18),
            SqlColumns.integer(rs, 19),
            SqlColumns.integer(rs, 20),
            SqlColumns.decimal(rs, 21),
            SqlColumns.decimal(rs, 22)));
  }

  /** A line of a bill from its row, and the code of the line it is an alternate for, if any. */
  static BomLine bomLine(ResultSet rs, ItemCodes codes, String alternate) throws SQLException {
    return new BomLine(
        codes.get(rs.getLong(1)),
        codes.get(rs.getLong(2)),
        rs.getBigDecimal(3),
        rs.getBoolean(4),
        rs.getBigDecimal(5),
        SqlColumns.date(rs, 6),
        SqlColumns.date(rs, 7),
        rs.getInt(8),
        rs.getBoolean(9),
        alternate,
        rs.getInt(11));
  }

  static void workCenters(Jdbc jdbc, String plant, RunCalendars calendars, PlanningInput input) {
    jdbc.forEach(
        "SELECT w.code, w.calendar_code FROM work_center w"
            + " JOIN department d ON d.code = w.department_code WHERE d.plant_code = ?",
        rs -> input.workCenter(rs.getString(1), calendars.get(rs.getString(2))),
        plant);
  }

  /**
   * The terms of each item's preferred supplier, as purchasing publishes them: per price list
   * period, its lead time, and the calendar the supplier keeps.
   */
  static final String SUPPLIER_TERMS =
      "SELECT item_id, valid_from, valid_to, lead_time_days, calendar_code"
          + " FROM supplier_planning_terms";

  /** Reads a row of {@link #SUPPLIER_TERMS} into the input, for an item the run plans. */
  static void supplierTerms(
      ResultSet rs, ItemCodes codes, RunCalendars calendars, PlanningInput input)
      throws SQLException {
    String item = codes.get(rs.getLong(1));
    if (item != null) {
      input.supplierTerms(
          item,
          new PlanningInput.SupplierTerms(
              SqlColumns.date(rs, "valid_from"),
              SqlColumns.date(rs, "valid_to"),
              SqlColumns.integer(rs, 4),
              calendars.get(rs.getString(5))));
    }
  }

  /** An order or demand line as pegging names it: number/line. */
  static String ref(ResultSet rs) throws SQLException {
    return rs.getString(2) + "/" + rs.getInt(3);
  }

  /** A growing list of ids. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
