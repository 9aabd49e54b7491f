package org.officina.scheduling.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.officina.scheduling.model.Cause;
import org.officina.scheduling.model.Objective;
import org.officina.scheduling.model.ScheduleKpis;
import org.officina.scheduling.model.ScheduleResult;
import org.officina.scheduling.model.ScheduleRunRecord;
import org.officina.scheduling.model.ScheduleRunRequest;
import org.officina.scheduling.model.ScheduleRunStatus;
import org.officina.scheduling.model.ScheduleRuns;
import org.officina.scheduling.model.SchedulingProblem;
import org.officina.shared.infrastructure.BulkRows;
import org.officina.shared.infrastructure.DayClaims;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.model.Page;

/** Scheduling runs and their schedules in the database; a schedule goes in in bulk. */
@Dependent
public class JdbcScheduleRuns implements ScheduleRuns {

  private static final String SELECT =
      "SELECT id, status, origin, horizon_days, seconds, seed, mode, objectives, requested_by,"
          + " requested_at, started_at, ended_at, orders, operations, late_orders,"
          + " weighted_tardiness, tardiness_minutes, setup_minutes, busy_minutes, open_minutes,"
          + " makespan_minutes, unplaced, searches, failure, based_on FROM schedule_run";

  private static final String OPERATION_COLUMNS =
      "SELECT order_number, seq, work_center_code, unit, start_minute, setup_end_minute,"
          + " end_minute, setup_minutes, fixed";

  @PersistenceContext EntityManager em;

  @Override
  public boolean claimNightly(LocalDate day, String server) {
    return DayClaims.claim(Jdbc.of(em), "schedule_nightly_claim", day, server);
  }

  @Override
  public long create(ScheduleRunRequest request, Instant origin, String user, Long basedOn) {
    Jdbc jdbc = Jdbc.of(em);
    long id = jdbc.nextValue("schedule_run_seq");
    jdbc.update(
        "INSERT INTO schedule_run (id, status, origin, horizon_days, seconds, seed, mode,"
            + " objectives, requested_by, requested_at, based_on)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p ->
            p.id(id)
                .text(ScheduleRunStatus.QUEUED.name())
                .instant(origin)
                .integer(request.horizonDays())
                .integer(request.seconds())
                .integer(request.seed())
                .text(request.mode().name())
                .text(String.join(",", request.objectives().stream().map(Enum::name).toList()))
                .text(user)
                .instant(Instant.now())
                .nullableId(basedOn));
    return id;
  }

  @Override
  public boolean take(long run) {
    return Jdbc.of(em)
            .update(
                "UPDATE schedule_live SET running_run_id = ? WHERE id = 1 AND running_run_id IS NULL",
                p -> p.id(run))
        == 1;
  }

  @Override
  public Optional<Long> running() {
    return Jdbc.of(em)
        .query(
            "SELECT running_run_id FROM schedule_live WHERE id = 1 AND running_run_id IS NOT NULL",
            rs -> rs.getLong(1))
        .stream()
        .findFirst();
  }

  @Override
  public boolean begin(long run) {
    return Jdbc.of(em)
            .update(
                "UPDATE schedule_run SET status = ?, started_at = ? WHERE id = ? AND status = ?",
                p ->
                    p.text(ScheduleRunStatus.RUNNING.name())
                        .instant(Instant.now())
                        .id(run)
                        .text(ScheduleRunStatus.QUEUED.name()))
        == 1;
  }

  @Override
  public int abandonUnfinished(String why) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update("UPDATE schedule_live SET running_run_id = NULL WHERE id = 1", p -> {});
    return jdbc.update(
        "UPDATE schedule_run SET status = ?, ended_at = ?, failure = ? WHERE status IN (?, ?)",
        p ->
            p.text(ScheduleRunStatus.FAILED.name())
                .instant(Instant.now())
                .text(why)
                .text(ScheduleRunStatus.QUEUED.name())
                .text(ScheduleRunStatus.RUNNING.name()));
  }

  private static void release(Jdbc jdbc, long run) {
    jdbc.update(
        "UPDATE schedule_live SET running_run_id = NULL WHERE id = 1 AND running_run_id = ?",
        p -> p.id(run));
  }

  @Override
  public void finish(long run, ScheduleResult result, String searches) {
    Jdbc jdbc = Jdbc.of(em);
    try (BulkRows rows =
        jdbc.bulk(
            "schedule_operation",
            "run_id",
            "order_number",
            "seq",
            "work_center_code",
            "unit",
            "start_minute",
            "setup_end_minute",
            "end_minute",
            "setup_minutes",
            "fixed")) {
      for (ScheduleResult.OperationRow row : result.operations()) {
        rows.row(
            run,
            row.order(),
            row.seq(),
            row.workCenter(),
            row.unit(),
            row.start(),
            row.setupEnd(),
            row.end(),
            row.setupMinutes(),
            row.fixed());
      }
    }
    try (BulkRows rows =
        jdbc.bulk(
            "schedule_order",
            "run_id",
            "order_number",
            "end_minute",
            "due_minute",
            "tardiness_minutes",
            "reason",
            "reason_subject",
            "reason_minute")) {
      for (ScheduleResult.OrderRow row : result.orders()) {
        rows.row(
            run,
            row.order(),
            row.end(),
            row.due(),
            row.tardinessMinutes(),
            row.reason() == null ? null : row.reason().name(),
            row.reasonSubject(),
            row.reasonMinute());
      }
    }
    ScheduleKpis kpis = result.kpis();
    jdbc.update(
        "UPDATE schedule_run SET status = ?, ended_at = ?, orders = ?, operations = ?,"
            + " late_orders = ?, weighted_tardiness = ?, tardiness_minutes = ?, setup_minutes = ?,"
            + " busy_minutes = ?, open_minutes = ?, makespan_minutes = ?, unplaced = ?,"
            + " searches = ? WHERE id = ?",
        p ->
            p.text(ScheduleRunStatus.DRAFT.name())
                .instant(Instant.now())
                .integer(kpis.orders())
                .integer(kpis.operations())
                .integer(kpis.lateOrders())
                .bigint(kpis.weightedTardiness())
                .bigint(kpis.tardinessMinutes())
                .bigint(kpis.setupMinutes())
                .bigint(kpis.busyMinutes())
                .bigint(kpis.openMinutes())
                .bigint(kpis.makespanMinutes())
                .integer(kpis.unplaced())
                .text(searches)
                .id(run));
    release(jdbc, run);
  }

  @Override
  public void fail(long run, String failure) {
    Jdbc jdbc = Jdbc.of(em);
    // characters of up to four bytes each: within the column's 2000 bytes on Oracle too
    String kept = failure.length() > 500 ? failure.substring(0, 500) : failure;
    jdbc.update(
        "UPDATE schedule_run SET status = ?, ended_at = ?, failure = ? WHERE id = ? AND status IN"
            + " (?, ?)",
        p ->
            p.text(ScheduleRunStatus.FAILED.name())
                .instant(Instant.now())
                .text(kept)
                .id(run)
                .text(ScheduleRunStatus.QUEUED.name())
                .text(ScheduleRunStatus.RUNNING.name()));
    release(jdbc, run);
  }

  @Override
  public boolean publish(long run, String user) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update(
        "UPDATE schedule_live SET run_id = ?, published_by = ?, published_at = ? WHERE id = 1",
        p -> p.id(run).text(user).instant(Instant.now()));
    return markPublished(jdbc, run);
  }

  @Override
  public boolean publishInsteadOf(long run, long previous, String user) {
    Jdbc jdbc = Jdbc.of(em);
    int taken =
        jdbc.update(
            "UPDATE schedule_live SET run_id = ?, published_by = ?, published_at = ?"
                + " WHERE id = 1 AND run_id = ?",
            p -> p.id(run).text(user).instant(Instant.now()).id(previous));
    return taken == 1 && markPublished(jdbc, run);
  }

  /** The run published (if it is a draft), the one published before it superseded. */
  private static boolean markPublished(Jdbc jdbc, long run) {
    int published =
        jdbc.update(
            "UPDATE schedule_run SET status = ? WHERE id = ? AND status = ?",
            p ->
                p.text(ScheduleRunStatus.PUBLISHED.name())
                    .id(run)
                    .text(ScheduleRunStatus.DRAFT.name()));
    if (published == 0) {
      return false;
    }
    jdbc.update(
        "UPDATE schedule_run SET status = ? WHERE status = ? AND id <> ?",
        p ->
            p.text(ScheduleRunStatus.SUPERSEDED.name())
                .text(ScheduleRunStatus.PUBLISHED.name())
                .id(run));
    return true;
  }

  @Override
  public Optional<Long> live() {
    return Jdbc.of(em)
        .query(
            "SELECT run_id FROM schedule_live WHERE id = 1 AND run_id IS NOT NULL",
            rs -> rs.getLong(1))
        .stream()
        .findFirst();
  }

  @Override
  public Optional<ScheduleRunRecord> find(long run) {
    return Jdbc.of(em).query(SELECT + " WHERE id = ?", JdbcScheduleRuns::record, run).stream()
        .findFirst();
  }

  @Override
  public List<ScheduleRunRecord> latest(int limit) {
    return Jdbc.of(em)
        .query(
            SELECT + " ORDER BY id DESC OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
            JdbcScheduleRuns::record,
            limit);
  }

  @Override
  public Page<ScheduleResult.OperationRow> operations(
      long run, String workCenter, int offset, int limit) {
    List<String> conditions = new ArrayList<>(List.of("run_id = ?"));
    List<Object> params = new ArrayList<>(List.of(run));
    if (workCenter != null) {
      conditions.add("work_center_code = ?");
      params.add(workCenter);
    }
    return Jdbc.of(em)
        .page(
            OPERATION_COLUMNS,
            "FROM schedule_operation",
            conditions,
            params,
            "work_center_code, unit, start_minute, order_number, seq",
            offset,
            limit,
            JdbcScheduleRuns::operation);
  }

  private static ScheduleResult.OperationRow operation(ResultSet rs) throws SQLException {
    return new ScheduleResult.OperationRow(
        rs.getString("order_number"),
        rs.getInt("seq"),
        rs.getString("work_center_code"),
        SqlColumns.integer(rs, "unit"),
        SqlColumns.bigint(rs, "start_minute"),
        SqlColumns.bigint(rs, "setup_end_minute"),
        SqlColumns.bigint(rs, "end_minute"),
        rs.getLong("setup_minutes"),
        rs.getString("fixed"));
  }

  @Override
  public List<ScheduleResult.OperationRow> sequence(long run) {
    return Jdbc.of(em)
        .query(
            OPERATION_COLUMNS + " FROM schedule_operation WHERE run_id = ?",
            JdbcScheduleRuns::operation,
            run);
  }

  @Override
  public void forgetSupersededReschedules() {
    // their operations and orders go with them (ON DELETE CASCADE)
    Jdbc.of(em)
        .update(
            "DELETE FROM schedule_run WHERE based_on IS NOT NULL AND status IN (?, ?)",
            p -> p.text(ScheduleRunStatus.SUPERSEDED.name()).text(ScheduleRunStatus.FAILED.name()));
  }

  @Override
  public List<ScheduleResult.OrderRow> lateOrders(long run, int offset, int limit) {
    return Jdbc.of(em)
        .query(
            "SELECT order_number, end_minute, due_minute, tardiness_minutes, reason,"
                + " reason_subject, reason_minute FROM schedule_order"
                + " WHERE run_id = ? AND (tardiness_minutes > 0 OR end_minute IS NULL)"
                + " ORDER BY CASE WHEN end_minute IS NULL THEN 0 ELSE 1 END, tardiness_minutes DESC,"
                + " order_number OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
            rs ->
                new ScheduleResult.OrderRow(
                    rs.getString("order_number"),
                    SqlColumns.bigint(rs, "end_minute"),
                    rs.getLong("due_minute"),
                    rs.getLong("tardiness_minutes"),
                    rs.getString("reason") == null
                        ? null
                        : Cause.Kind.valueOf(rs.getString("reason")),
                    rs.getString("reason_subject"),
                    SqlColumns.bigint(rs, "reason_minute")),
            run,
            offset,
            limit);
  }

  private static ScheduleRunRecord record(ResultSet rs) throws SQLException {
    ScheduleRunRequest request =
        new ScheduleRunRequest(
            rs.getInt("horizon_days"),
            rs.getInt("seconds"),
            rs.getInt("seed"),
            SchedulingProblem.Mode.valueOf(rs.getString("mode")),
            Arrays.stream(rs.getString("objectives").split(",")).map(Objective::valueOf).toList());
    ScheduleKpis kpis =
        rs.getObject("orders") == null
            ? null
            : new ScheduleKpis(
                rs.getInt("orders"),
                rs.getInt("operations"),
                rs.getInt("late_orders"),
                rs.getLong("weighted_tardiness"),
                rs.getLong("tardiness_minutes"),
                rs.getLong("setup_minutes"),
                rs.getLong("busy_minutes"),
                rs.getLong("open_minutes"),
                rs.getLong("makespan_minutes"),
                rs.getInt("unplaced"));
    return new ScheduleRunRecord(
        rs.getLong("id"),
        request,
        SqlColumns.instant(rs, "origin"),
        ScheduleRunStatus.valueOf(rs.getString("status")),
        rs.getString("requested_by"),
        SqlColumns.instant(rs, "requested_at"),
        SqlColumns.instant(rs, "started_at"),
        SqlColumns.instant(rs, "ended_at"),
        kpis,
        rs.getString("searches"),
        rs.getString("failure"),
        SqlColumns.bigint(rs, "based_on"));
  }
}
