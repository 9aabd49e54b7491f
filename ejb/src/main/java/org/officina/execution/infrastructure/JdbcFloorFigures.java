package org.officina.execution.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.officina.execution.model.FloorFigureQueries;
import org.officina.execution.model.FloorFigures;
import org.officina.execution.model.OperationStatus;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/** The supervisor's figures, each one grouped query over orders, operations and reports. */
@Dependent
public class JdbcFloorFigures implements FloorFigureQueries {

  @PersistenceContext EntityManager em;

  @Override
  public List<FloorFigures.WorkInProgress> workInProgress() {
    return Jdbc.of(em)
        .query(
            "SELECT oo.work_center_code, COUNT(*), SUM(o.qty - oo.good_qty)"
                + " FROM order_operation oo JOIN production_order o ON o.id = oo.order_id"
                + " WHERE o.status IN ('RELEASED', 'IN_PROGRESS') AND oo.status <> 'DONE'"
                + " GROUP BY oo.work_center_code ORDER BY oo.work_center_code",
            rs ->
                new FloorFigures.WorkInProgress(
                    rs.getString(1), rs.getLong(2), rs.getBigDecimal(3).max(BigDecimal.ZERO)));
  }

  @Override
  public List<FloorFigures.OperationTimes> operationTimes(int limit) {
    return Jdbc.of(em)
        .query(
            "SELECT o.order_number, i.code, oo.seq, oo.work_center_code, oo.status,"
                + " oo.good_qty + oo.scrap_qty AS declared,"
                + " CASE WHEN oo.good_qty + oo.scrap_qty > 0 THEN oo.setup_minutes + oo.fixed_minutes"
                + " + oo.run_minutes * (oo.good_qty + oo.scrap_qty) ELSE 0 END AS planned,"
                + " oo.setup_done_minutes + oo.run_done_minutes AS actual"
                + " FROM order_operation oo JOIN production_order o ON o.id = oo.order_id"
                + " JOIN item_key i ON i.id = o.item_id WHERE oo.started_at IS NOT NULL"
                + " ORDER BY oo.started_at DESC, o.order_number, oo.seq"
                + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
            rs ->
                new FloorFigures.OperationTimes(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    OperationStatus.valueOf(rs.getString(5)),
                    SqlColumns.decimal(rs, "declared"),
                    SqlColumns.decimal(rs, "planned"),
                    SqlColumns.decimal(rs, "actual")),
            limit);
  }

  @Override
  public List<FloorFigures.ScrapByReason> scrapByReason(Instant since) {
    return Jdbc.of(em)
        .query(
            "SELECT scrap_reason, SUM(scrap_qty) FROM work_report"
                + " WHERE scrap_qty > 0 AND happened_at >= ? GROUP BY scrap_reason"
                + " ORDER BY SUM(scrap_qty) DESC, scrap_reason",
            rs -> new FloorFigures.ScrapByReason(rs.getString(1), rs.getBigDecimal(2)),
            since);
  }
}
