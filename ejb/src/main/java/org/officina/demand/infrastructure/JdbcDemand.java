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
import org.officina.demand.model.DemandLines;
import org.officina.demand.model.DemandType;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.OrderLineTable;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.infrastructure.SqlParams;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/** Sales order lines, forecasts and allocations in the database. */
@Dependent
public class JdbcDemand implements DemandLines {

  private static final String SELECT =
      "SELECT d.demand_type, d.order_number, d.line_no, i.code, d.qty, d.due_date, d.customer";
  private static final OrderLineTable LINES = new OrderLineTable("demand_line", "d", "demand_type");
  private static final String FROM = "FROM demand_line d JOIN item_key i ON i.id = d.item_id";

  private static final OrderLineTable.Columns<DemandLine> COLUMNS =
      new OrderLineTable.Columns<>() {
        @Override
        public Enum<?> type(DemandLine l) {
          return l.type();
        }

        @Override
        public String number(DemandLine l) {
          return l.number();
        }

        @Override
        public int line(DemandLine l) {
          return l.line();
        }

        @Override
        public String item(DemandLine l) {
          return l.item();
        }

        @Override
        public List<String> values() {
          return List.of("qty", "due_date", "customer");
        }

        @Override
        public void bindValues(SqlParams p, DemandLine l) throws SQLException {
          p.decimal(l.qty()).date(l.dueDate()).text(l.customer());
        }
      };

  @PersistenceContext EntityManager em;

  @Override
  public java.util.Set<String> save(Collection<DemandLine> lines) {
    return LINES.save(Jdbc.of(em), lines, COLUMNS);
  }

  @Override
  public Page<DemandLine> search(LineSearch search) {
    return LINES.search(Jdbc.of(em), search, SELECT, FROM, JdbcDemand::line);
  }

  @Override
  public List<DemandLine> all() {
    return Jdbc.of(em)
        .query(
            SELECT + " " + FROM + " ORDER BY d.demand_type, d.order_number, d.line_no",
            JdbcDemand::line);
  }

  @Override
  public java.util.Set<String> replace(DemandType type, String number, List<DemandLine> lines) {
    Jdbc jdbc = Jdbc.of(em);
    Map<Integer, DemandLine> wanted = new HashMap<>();
    lines.forEach(l -> wanted.put(l.line(), l));
    java.util.Set<String> touched = new java.util.HashSet<>();
    List<Long> gone = new ArrayList<>();
    Map<Integer, DemandLine> there = new HashMap<>();
    jdbc.forEach(
        SELECT + ", d.id " + FROM + " WHERE d.demand_type = ? AND d.order_number = ?",
        rs -> {
          DemandLine line = line(rs);
          there.put(line.line(), line);
          if (!wanted.containsKey(line.line())) {
            gone.add(rs.getLong(8));
            touched.add(line.item());
          }
        },
        type.name(),
        number);
    jdbc.batch("DELETE FROM demand_line WHERE id = ?", gone, (p, id) -> p.id(id));
    List<DemandLine> changed = lines.stream().filter(l -> !same(l, there.get(l.line()))).toList();
    if (!changed.isEmpty()) {
      touched.addAll(LINES.save(jdbc, changed, COLUMNS));
    }
    return touched;
  }

  private static boolean same(DemandLine line, DemandLine there) {
    return there != null
        && there.item().equals(line.item())
        && there.qty().compareTo(line.qty()) == 0
        && there.dueDate().equals(line.dueDate())
        && java.util.Objects.equals(there.customer(), line.customer());
  }

  private static DemandLine line(ResultSet rs) throws SQLException {
    return new DemandLine(
        DemandType.valueOf(rs.getString(1)),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        SqlColumns.decimal(rs, "qty"),
        SqlColumns.date(rs, "due_date"),
        SqlColumns.text(rs, "customer"));
  }
}
