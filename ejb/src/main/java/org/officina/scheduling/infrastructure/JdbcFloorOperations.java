package org.officina.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.officina.scheduling.model.FloorOperation;
import org.officina.scheduling.model.FloorOperations;
import org.officina.shared.infrastructure.CodeListColumn;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/** The open orders' operations, in one query on execution's published read model. */
@Dependent
public class JdbcFloorOperations implements FloorOperations {

  @PersistenceContext EntityManager em;

  @Override
  public List<FloorOperation> open() {
    return Jdbc.of(em)
        .query(
            "SELECT order_number, order_status, qty, start_date, due_date, priority, seq,"
                + " parent_seq, work_center_code, setup_minutes, run_minutes, fixed_minutes,"
                + " queue_minutes, move_minutes, overlap_pct, subcontractor_code, tooling, status,"
                + " good_qty, scrap_qty, started_at, setup_family, alternate_work_centers"
                + " FROM schedulable_operation ORDER BY order_number, seq",
            rs ->
                new FloorOperation(
                    rs.getString("order_number"),
                    rs.getString("order_status"),
                    rs.getBigDecimal("qty"),
                    SqlColumns.date(rs, "start_date"),
                    SqlColumns.date(rs, "due_date"),
                    rs.getInt("priority"),
                    rs.getInt("seq"),
                    SqlColumns.integer(rs, "parent_seq"),
                    rs.getString("work_center_code"),
                    rs.getBigDecimal("setup_minutes"),
                    rs.getBigDecimal("run_minutes"),
                    rs.getBigDecimal("fixed_minutes"),
                    rs.getBigDecimal("queue_minutes"),
                    rs.getBigDecimal("move_minutes"),
                    rs.getBigDecimal("overlap_pct"),
                    rs.getString("subcontractor_code"),
                    CodeListColumn.read(rs.getString("tooling")),
                    rs.getString("status"),
                    rs.getBigDecimal("good_qty"),
                    rs.getBigDecimal("scrap_qty"),
                    SqlColumns.instant(rs, "started_at"),
                    rs.getString("setup_family"),
                    CodeListColumn.read(rs.getString("alternate_work_centers"))));
  }
}
