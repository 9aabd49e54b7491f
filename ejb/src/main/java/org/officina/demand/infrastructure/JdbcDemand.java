package org.officina.demand.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandLines;
import org.officina.demand.model.DemandType;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.OrderLineTable;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.infrastructure.SqlParams;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/** Sales order lines and forecasts in the database. */
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
