package org.officina.purchasing.infrastructure;

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
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplyLine;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/** Suppliers and open supply lines in the database. */
@Dependent
public class JdbcPurchasing {

  private static final String SELECT =
      "SELECT s.order_type, s.order_number, s.line_no, i.code, s.qty, s.due_date, s.firm,"
          + " s.supplier_code";
  private static final String FROM = "FROM supply_line s JOIN item i ON i.id = s.item_id";

  @PersistenceContext EntityManager em;

  public void saveSuppliers(Collection<Supplier> suppliers) {
    Jdbc.of(em)
        .upsertByCode(
            "supplier",
            List.of("name", "subcontractor"),
            suppliers,
            Supplier::code,
            (p, s) -> p.text(s.name()).bool(s.subcontractor()));
  }

  /** A page of lines matching the search, by due date, with how many match in all. */
  public Page<SupplyLine> search(LineSearch search) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (search.item() != null) {
      conditions.add("i.code LIKE ?");
      params.add(search.item() + "%");
    }
    if (search.type() != null) {
      conditions.add("s.order_type = ?");
      params.add(search.type());
    }
    if (search.number() != null) {
      conditions.add("s.order_number LIKE ?");
      params.add(search.number() + "%");
    }
    if (search.dueFrom() != null) {
      conditions.add("s.due_date >= ?");
      params.add(search.dueFrom());
    }
    if (search.dueTo() != null) {
      conditions.add("s.due_date <= ?");
      params.add(search.dueTo());
    }
    return Jdbc.of(em)
        .page(
            SELECT,
            FROM,
            conditions,
            params,
            "s.due_date, s.order_number, s.line_no",
            search.offset(),
            search.limit(),
            JdbcPurchasing::line);
  }

  public List<Supplier> suppliers() {
    return Jdbc.of(em)
        .query(
            "SELECT code, name, subcontractor FROM supplier ORDER BY code",
            rs -> new Supplier(rs.getString(1), Jdbc.text(rs, "name"), rs.getBoolean(3)));
  }

  /** Writes supply lines: those whose type, number and line are known are updated. */
  public void saveSupply(Collection<SupplyLine> lines) {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Long> items = new HashMap<>();
    jdbc.query("SELECT id, code FROM item", rs -> items.put(rs.getString(2), rs.getLong(1)));
    Map<List<Object>, Long> existing = new HashMap<>();
    jdbc.query(
        "SELECT id, order_type, order_number, line_no FROM supply_line",
        rs -> existing.put(List.of(rs.getString(2), rs.getString(3), rs.getInt(4)), rs.getLong(1)));
    List<SupplyLine> updates = lines.stream().filter(l -> existing.containsKey(key(l))).toList();
    List<SupplyLine> inserts = lines.stream().filter(l -> !existing.containsKey(key(l))).toList();
    jdbc.batch(
        "UPDATE supply_line SET item_id = ?, qty = ?, due_date = ?, firm = ?, supplier_code = ?"
            + " WHERE id = ?",
        updates,
        (p, l) ->
            p.id(items.get(l.item()))
                .decimal(l.qty())
                .date(l.dueDate())
                .bool(l.firm())
                .text(l.supplier())
                .id(existing.get(key(l))));
    long[] ids = jdbc.ids("supply_line_seq", inserts.size());
    int[] next = {0};
    jdbc.batch(
        "INSERT INTO supply_line (id, order_type, order_number, line_no, item_id, qty, due_date,"
            + " firm, supplier_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        inserts,
        (p, l) ->
            p.id(ids[next[0]++])
                .text(l.type().name())
                .text(l.number())
                .integer(l.line())
                .id(items.get(l.item()))
                .decimal(l.qty())
                .date(l.dueDate())
                .bool(l.firm())
                .text(l.supplier()));
  }

  private static List<Object> key(SupplyLine line) {
    return List.of(line.type().name(), line.number(), line.line());
  }

  public List<SupplyLine> supply() {
    return Jdbc.of(em)
        .query(
            SELECT + " " + FROM + " ORDER BY s.order_type, s.order_number, s.line_no",
            JdbcPurchasing::line);
  }

  private static SupplyLine line(ResultSet rs) throws SQLException {
    return new SupplyLine(
        SupplyOrderType.valueOf(rs.getString(1)),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        Jdbc.decimal(rs, "qty"),
        Jdbc.date(rs, "due_date"),
        rs.getBoolean(7),
        rs.getString(8));
  }
}
