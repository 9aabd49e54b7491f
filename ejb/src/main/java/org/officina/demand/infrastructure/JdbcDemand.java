package org.officina.demand.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;
import org.officina.shared.infrastructure.Jdbc;

/** Sales order lines and forecasts in the database. */
@Dependent
public class JdbcDemand {

  @PersistenceContext EntityManager em;

  /** Writes demand lines: those whose type, number and line are known are updated. */
  public void save(Collection<DemandLine> lines) {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Long> items = new HashMap<>();
    jdbc.query("SELECT id, code FROM item", rs -> items.put(rs.getString(2), rs.getLong(1)));
    Map<List<Object>, Long> existing = new HashMap<>();
    jdbc.query(
        "SELECT id, demand_type, order_number, line_no FROM demand_line",
        rs -> existing.put(List.of(rs.getString(2), rs.getString(3), rs.getInt(4)), rs.getLong(1)));
    List<DemandLine> updates = lines.stream().filter(l -> existing.containsKey(key(l))).toList();
    List<DemandLine> inserts = lines.stream().filter(l -> !existing.containsKey(key(l))).toList();
    jdbc.batch(
        "UPDATE demand_line SET item_id = ?, qty = ?, due_date = ?, customer = ? WHERE id = ?",
        updates,
        (p, l) ->
            p.id(items.get(l.item()))
                .decimal(l.qty())
                .date(l.dueDate())
                .text(l.customer())
                .id(existing.get(key(l))));
    long[] ids = jdbc.ids("demand_line_seq", inserts.size());
    int[] next = {0};
    jdbc.batch(
        "INSERT INTO demand_line (id, demand_type, order_number, line_no, item_id, qty, due_date,"
            + " customer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        inserts,
        (p, l) ->
            p.id(ids[next[0]++])
                .text(l.type().name())
                .text(l.number())
                .integer(l.line())
                .id(items.get(l.item()))
                .decimal(l.qty())
                .date(l.dueDate())
                .text(l.customer()));
  }

  private static List<Object> key(DemandLine line) {
    return List.of(line.type().name(), line.number(), line.line());
  }

  public List<DemandLine> all() {
    return Jdbc.of(em)
        .query(
            "SELECT d.demand_type, d.order_number, d.line_no, i.code, d.qty, d.due_date,"
                + " d.customer FROM demand_line d JOIN item i ON i.id = d.item_id"
                + " ORDER BY d.demand_type, d.order_number, d.line_no",
            rs ->
                new DemandLine(
                    DemandType.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    Jdbc.decimal(rs, "qty"),
                    Jdbc.date(rs, "due_date"),
                    Jdbc.text(rs, "customer")));
  }
}
