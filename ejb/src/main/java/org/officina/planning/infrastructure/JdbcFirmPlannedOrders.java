package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.FirmPlannedOrders;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PlannedOrderType;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.model.Violation;

/**
 * Firm planned orders: a planned order of the live plan that a planner firmed, kept by MRP from run
 * to run, until it is converted into an open order (a supply line) that purchasing or the floor
 * takes over.
 */
@Dependent
public class JdbcFirmPlannedOrders implements FirmPlannedOrders {

  @PersistenceContext EntityManager em;

  private record Planned(
      int number,
      long item,
      String type,
      BigDecimal qty,
      LocalDate release,
      LocalDate due,
      Long firm) {}

  @Override
  public OrderChange firm(long run, String plant, Collection<Integer> numbers, String user) {
    Jdbc jdbc = Jdbc.of(em);
    List<Planned> found =
        jdbc.query(
            "SELECT number, item_id, order_type, qty, release_date, due_date,"
                + " firm_planned_order_id FROM mrp_planned_order WHERE run_id = ? AND number IN ("
                + placeholders(numbers.size())
                + ") ORDER BY number FOR UPDATE",
            rs -> {
              long firm = rs.getLong(7);
              Long firmId = rs.wasNull() ? null : firm;
              return new Planned(
                  rs.getInt(1),
                  rs.getLong(2),
                  rs.getString(3),
                  SqlColumns.decimal(rs, "qty"),
                  SqlColumns.date(rs, "release_date"),
                  SqlColumns.date(rs, "due_date"),
                  firmId);
            },
            params(run, numbers));
    List<Violation> violations = new ArrayList<>();
    for (int number : numbers) {
      Planned order = found.stream().filter(o -> o.number() == number).findFirst().orElse(null);
      if (order == null) {
        violations.add(Violation.of("number", "mrp.order.unknown", run, number));
      } else if (order.firm() != null) {
        violations.add(
            Violation.of(
                "number",
                "mrp.order.firmed",
                number,
                run,
                FirmPlannedOrder.reference(order.firm())));
      }
    }
    if (!violations.isEmpty()) {
      return new OrderChange(List.of(), violations);
    }
    long[] ids = jdbc.ids("firm_planned_order_seq", found.size());
    Instant now = Instant.now();
    List<Long> firmIds = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Planned order = found.get(k);
      long id = ids[k];
      firmIds.add(id);
      jdbc.update(
          "INSERT INTO firm_planned_order (id, plant, item_id, order_type, qty, release_date,"
              + " due_date, status, from_run_id, from_number, firmed_by, firmed_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, 'FIRM', ?, ?, ?, ?)",
          p ->
              p.id(id)
                  .text(plant)
                  .id(order.item())
                  .text(order.type())
                  .decimal(order.qty())
                  .date(order.release())
                  .date(order.due())
                  .id(run)
                  .integer(order.number())
                  .text(user)
                  .instant(now));
      jdbc.update(
          "UPDATE mrp_planned_order SET firm_planned_order_id = ? WHERE run_id = ? AND number = ?",
          p -> p.id(id).id(run).integer(order.number()));
    }
    return new OrderChange(firmIds, List.of());
  }

  @Override
  public Map<Long, Long> supplyLines(Collection<Long> firmIds) {
    Map<Long, Long> lines = new HashMap<>();
    for (long[] line :
        Jdbc.of(em)
            .queryIn(
                "SELECT id, supply_line_id FROM firm_planned_order WHERE id IN (%s)"
                    + " AND supply_line_id IS NOT NULL",
                firmIds, rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
      lines.put(line[0], line[1]);
    }
    return lines;
  }

  @Override
  public void lock(Collection<Long> firmIds) {
    Jdbc.of(em)
        .queryIn(
            "SELECT id FROM firm_planned_order WHERE id IN (%s) ORDER BY id FOR UPDATE",
            firmIds, rs -> rs.getLong(1));
  }

  @Override
  public void converted(Map<Long, Long> lineByFirm) {
    int[] changed =
        Jdbc.of(em)
            .batch(
                "UPDATE firm_planned_order SET status = 'CONVERTED', supply_line_id = ?"
                    + " WHERE id = ? AND status = 'FIRM'",
                lineByFirm.entrySet(),
                (p, e) -> p.id(e.getValue()).id(e.getKey()));
    if (Arrays.stream(changed).anyMatch(n -> n != 1)) {
      throw new IllegalStateException(
          "firm planned orders converted meanwhile, though locked: " + lineByFirm.keySet());
    }
  }

  private static final String FIRM_ORDERS =
      "SELECT f.id, f.plant, i.code, f.order_type, f.qty, f.release_date, f.due_date,"
          + " f.status FROM firm_planned_order f JOIN item_key i ON i.id = f.item_id";

  @Override
  public List<FirmPlannedOrder> find(Collection<Long> firmIds) {
    return Jdbc.of(em)
        .queryIn(
            FIRM_ORDERS + " WHERE f.id IN (%s) ORDER BY f.id",
            firmIds,
            JdbcFirmPlannedOrders::firmOrder);
  }

  @Override
  public List<FirmPlannedOrder> waiting(PlannedOrderType type, int limit) {
    return Jdbc.of(em)
        .query(
            FIRM_ORDERS
                + " WHERE f.order_type = ? AND f.status = 'FIRM'"
                + " ORDER BY f.release_date, f.id FETCH FIRST "
                + limit
                + " ROWS ONLY",
            JdbcFirmPlannedOrders::firmOrder,
            type.name());
  }

  private static FirmPlannedOrder firmOrder(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new FirmPlannedOrder(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        PlannedOrderType.valueOf(rs.getString(4)),
        SqlColumns.decimal(rs, "qty"),
        SqlColumns.date(rs, "release_date"),
        SqlColumns.date(rs, "due_date"),
        rs.getString(8).equals("FIRM"));
  }

  @Override
  public List<String> itemCodes(Collection<Long> firmIds) {
    return Jdbc.of(em)
        .queryIn(
            "SELECT DISTINCT i.code FROM firm_planned_order f JOIN item_key i ON i.id = f.item_id"
                + " WHERE f.id IN (%s)",
            firmIds, rs -> rs.getString(1));
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(Math.max(1, count), "?"));
  }

  private static Object[] params(long run, Collection<Integer> numbers) {
    List<Object> params = new ArrayList<>();
    params.add(run);
    params.addAll(numbers);
    return params.toArray();
  }
}
