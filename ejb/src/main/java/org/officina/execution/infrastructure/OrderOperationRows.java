package org.officina.execution.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.officina.execution.model.OperationStatus;
import org.officina.execution.model.OrderOperation;
import org.officina.shared.infrastructure.CodeListColumn;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.infrastructure.SqlParams;

/** The rows of order_operation: an order's copy of its routing, with each operation's progress. */
final class OrderOperationRows {

  private static final String PROGRESS_COLUMNS =
      "status, paused_activity, stop_reason, activity_since, accrued_minutes, good_qty, scrap_qty,"
          + " setup_done_minutes, run_done_minutes, downtime_minutes, started_at, finished_at";

  /** The operations of several orders (IN (%s)), by order and sequence, order id first. */
  static final String OF_ORDERS =
      "SELECT order_id, seq, parent_seq, description, work_center_code, setup_minutes,"
          + " run_minutes, labour_minutes, fixed_minutes, queue_minutes, move_minutes,"
          + " overlap_pct, subcontractor_code, subcontract_cost, tooling, setup_family,"
          + " alternate_work_centers, "
          + PROGRESS_COLUMNS
          + " FROM order_operation WHERE order_id IN (%s) ORDER BY order_id, seq";

  private OrderOperationRows() {}

  static OrderOperation operation(ResultSet rs) throws SQLException {
    return new OrderOperation(
        rs.getInt("seq"),
        SqlColumns.integer(rs, "parent_seq"),
        SqlColumns.text(rs, "description"),
        rs.getString("work_center_code"),
        SqlColumns.decimal(rs, "setup_minutes"),
        SqlColumns.decimal(rs, "run_minutes"),
        SqlColumns.decimal(rs, "labour_minutes"),
        SqlColumns.decimal(rs, "fixed_minutes"),
        SqlColumns.decimal(rs, "queue_minutes"),
        SqlColumns.decimal(rs, "move_minutes"),
        SqlColumns.decimal(rs, "overlap_pct"),
        rs.getString("subcontractor_code"),
        SqlColumns.decimal(rs, "subcontract_cost"),
        CodeListColumn.read(rs.getString("tooling")),
        rs.getString("setup_family"),
        CodeListColumn.read(rs.getString("alternate_work_centers")),
        progress(rs));
  }

  private static OrderOperation.Progress progress(ResultSet rs) throws SQLException {
    String paused = rs.getString("paused_activity");
    return new OrderOperation.Progress(
        OperationStatus.valueOf(rs.getString("status")),
        paused == null ? null : OperationStatus.valueOf(paused),
        rs.getString("stop_reason"),
        SqlColumns.instant(rs, "activity_since"),
        SqlColumns.decimal(rs, "accrued_minutes"),
        SqlColumns.decimal(rs, "good_qty"),
        SqlColumns.decimal(rs, "scrap_qty"),
        SqlColumns.decimal(rs, "setup_done_minutes"),
        SqlColumns.decimal(rs, "run_done_minutes"),
        SqlColumns.decimal(rs, "downtime_minutes"),
        SqlColumns.instant(rs, "started_at"),
        SqlColumns.instant(rs, "finished_at"));
  }

  static void replace(Jdbc jdbc, long order, List<OrderOperation> operations) {
    jdbc.update("DELETE FROM order_operation WHERE order_id = ?", p -> p.id(order));
    jdbc.batch(
        "INSERT INTO order_operation (order_id, seq, parent_seq, description, work_center_code,"
            + " setup_minutes, run_minutes, labour_minutes, fixed_minutes, queue_minutes,"
            + " move_minutes, overlap_pct, subcontractor_code, subcontract_cost, tooling,"
            + " setup_family, alternate_work_centers, "
            + PROGRESS_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        operations,
        (p, o) -> {
          p.id(order)
              .integer(o.seq())
              .integer(o.parentSeq())
              .text(o.description())
              .text(o.workCenter())
              .decimal(o.setupMinutes())
              .decimal(o.runMinutes())
              .decimal(o.labourMinutes())
              .decimal(o.fixedMinutes())
              .decimal(o.queueMinutes())
              .decimal(o.moveMinutes())
              .decimal(o.overlapPct())
              .text(o.subcontractor())
              .decimal(o.subcontractCost())
              .text(CodeListColumn.write(o.tooling()))
              .text(o.setupFamily())
              .text(CodeListColumn.write(o.alternateWorkCenters()));
          bindProgress(p, o.progress());
        });
  }

  static void saveProgress(Jdbc jdbc, long order, int seq, OrderOperation.Progress progress) {
    jdbc.update(
        "UPDATE order_operation SET status = ?, paused_activity = ?, stop_reason = ?,"
            + " activity_since = ?, accrued_minutes = ?, good_qty = ?, scrap_qty = ?,"
            + " setup_done_minutes = ?, run_done_minutes = ?, downtime_minutes = ?,"
            + " started_at = ?, finished_at = ? WHERE order_id = ? AND seq = ?",
        p -> bindProgress(p, progress).id(order).integer(seq));
  }

  private static SqlParams bindProgress(SqlParams p, OrderOperation.Progress progress)
      throws SQLException {
    return p.text(progress.status().name())
        .text(progress.paused() == null ? null : progress.paused().name())
        .text(progress.stopReason())
        .instant(progress.since())
        .decimal(progress.accruedMinutes())
        .decimal(progress.goodQty())
        .decimal(progress.scrapQty())
        .decimal(progress.setupMinutes())
        .decimal(progress.runMinutes())
        .decimal(progress.downtimeMinutes())
        .instant(progress.startedAt())
        .instant(progress.finishedAt());
  }
}
