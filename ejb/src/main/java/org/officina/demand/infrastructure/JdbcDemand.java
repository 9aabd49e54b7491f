package org.officina.demand.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/** Sales order lines and forecasts in the database. */
@Dependent
public class JdbcDemand {

  private static final String SELECT =
      "SELECT d.demand_type, d.order_number, d.line_no, i.code, d.qty, d.due_date, d.customer";
  private static final String FROM = "FROM demand_line d JOIN item i ON i.id = d.item_id";

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

  /** A page of lines matching the search, by due date, with how many match in all. */
  public Page<DemandLine> search(LineSearch search) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (search.item() != null) {
      conditions.add("i.code LIKE ?");
      params.add(search.item() + "%");
    }
    if (search.type() != null) {
      conditions.add("d.demand_type = ?");
      params.add(search.type());
    }
    if (search.number() != null) {
      conditions.add("d.order_number LIKE ?");
      params.add(search.number() + "%");
    }
    if (search.dueFrom() != null) {
      conditions.add("d.due_date >= ?");
      params.add(search.dueFrom());
    }
    if (search.dueTo() != null) {
      conditions.add("d.due_date <= ?");
      params.add(search.dueTo());
    }
    return Jdbc.of(em)
        .page(
            SELECT,
            FROM,
            conditions,
            params,
            "d.due_date, d.order_number, d.line_no",
            search.offset(),
            search.limit(),
            JdbcDemand::line);
  }

  public List<DemandLine> all() {
    return Jdbc.of(em)
        .query(
            SELECT + " " + FROM + " ORDER BY d.demand_type, d.order_number, d.line_no",
            JdbcDemand::line);
  }

  private static DemandLine line(ResultSet rs) throws SQLException {
    return new DemandLine(
        DemandType.valueOf(rs.getString(1)),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        Jdbc.decimal(rs, "qty"),
        Jdbc.date(rs, "due_date"),
        Jdbc.text(rs, "customer"));
  }
}
