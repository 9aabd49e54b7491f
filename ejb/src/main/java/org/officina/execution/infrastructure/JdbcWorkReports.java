package org.officina.execution.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.officina.execution.model.DeclarationRules;
import org.officina.execution.model.ReportIds;
import org.officina.execution.model.ReportSource;
import org.officina.execution.model.WorkKind;
import org.officina.execution.model.WorkReport;
import org.officina.execution.model.WorkReports;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/** Work reports, found again by the client id their sender gave them; and the floor's reasons. */
@Dependent
public class JdbcWorkReports implements WorkReports {

  private static final String REPORTS =
      "SELECT r.id, r.client_id, o.order_number, r.operation_seq, r.kind, r.work_center_code,"
          + " r.minutes, r.good_qty, r.scrap_qty, r.scrap_reason, r.stop_reason, r.operators,"
          + " r.finishes, r.source, r.happened_at, r.recorded_by, r.recorded_at"
          + " FROM work_report r JOIN production_order o ON o.id = r.order_id";

  @PersistenceContext EntityManager em;

  @Override
  public List<WorkReport> byClientId(String clientId) {
    return Jdbc.of(em)
        .query(
            REPORTS + " WHERE r.client_id = ? OR r.client_id LIKE ? ESCAPE '\\' ORDER BY r.id",
            JdbcWorkReports::report,
            clientId,
            SqlColumns.prefix(clientId + ReportIds.SEPARATOR));
  }

  @Override
  public Optional<WorkReport> first(String clientId) {
    return Jdbc.of(em)
        .query(REPORTS + " WHERE r.client_id = ?", JdbcWorkReports::report, clientId)
        .stream()
        .findFirst();
  }

  @Override
  public List<WorkReport> ofOrder(long order) {
    return Jdbc.of(em)
        .query(
            REPORTS + " WHERE r.order_id = ? ORDER BY r.happened_at, r.id",
            JdbcWorkReports::report,
            order);
  }

  @Override
  public List<WorkReport> latest(int limit) {
    return Jdbc.of(em)
        .query(
            REPORTS
                + " ORDER BY r.recorded_at DESC, r.id DESC OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
            JdbcWorkReports::report,
            limit);
  }

  @Override
  public List<WorkReport> insert(long order, List<WorkReport> reports) {
    Jdbc jdbc = Jdbc.of(em);
    long[] ids = jdbc.ids("work_report_seq", reports.size());
    int[] next = {0};
    jdbc.batch(
        "INSERT INTO work_report (id, client_id, order_id, operation_seq, kind, work_center_code,"
            + " minutes, good_qty, scrap_qty, scrap_reason, stop_reason, operators, finishes,"
            + " source, happened_at, recorded_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        reports,
        (p, r) ->
            p.id(ids[next[0]++])
                .text(r.clientId())
                .id(order)
                .integer(r.operationSeq())
                .text(r.kind().name())
                .text(r.workCenter())
                .decimal(r.minutes())
                .decimal(r.goodQty())
                .decimal(r.scrapQty())
                .text(r.scrapReason())
                .text(r.stopReason())
                .text(String.join(",", r.operators()))
                .bool(r.finishes())
                .text(r.source().name())
                .instant(r.happenedAt())
                .text(r.recordedBy())
                .instant(r.recordedAt()));
    List<WorkReport> written = new ArrayList<>();
    for (int k = 0; k < reports.size(); k++) {
      WorkReport r = reports.get(k);
      written.add(
          new WorkReport(
              ids[k],
              r.clientId(),
              r.order(),
              r.operationSeq(),
              r.kind(),
              r.workCenter(),
              r.minutes(),
              r.goodQty(),
              r.scrapQty(),
              r.scrapReason(),
              r.stopReason(),
              r.operators(),
              r.finishes(),
              r.source(),
              r.happenedAt(),
              r.recordedBy(),
              r.recordedAt()));
    }
    return written;
  }

  private static WorkReport report(ResultSet rs) throws SQLException {
    String operators = rs.getString(12);
    return new WorkReport(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getInt(4),
        WorkKind.valueOf(rs.getString(5)),
        rs.getString(6),
        SqlColumns.decimal(rs, "minutes"),
        SqlColumns.decimal(rs, "good_qty"),
        SqlColumns.decimal(rs, "scrap_qty"),
        rs.getString(10),
        rs.getString(11),
        operators == null || operators.isBlank() ? List.of() : Arrays.asList(operators.split(",")),
        rs.getBoolean(13),
        ReportSource.valueOf(rs.getString(14)),
        SqlColumns.instant(rs, "happened_at"),
        rs.getString(16),
        SqlColumns.instant(rs, "recorded_at"));
  }

  @Override
  public DeclarationRules.Reasons reasons() {
    Set<String> scrap = new HashSet<>();
    Set<String> stop = new HashSet<>();
    Jdbc.of(em)
        .query(
            "SELECT kind, code FROM shop_floor_reason",
            rs -> (rs.getString(1).equals("SCRAP") ? scrap : stop).add(rs.getString(2)));
    return new DeclarationRules.Reasons(scrap, stop);
  }
}
