package org.officina.planning.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpMode;
import org.officina.planning.model.MrpOptions;
import org.officina.planning.model.MrpRunOutcome;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.MrpRunRequest;
import org.officina.planning.model.MrpRunStatus;
import org.officina.planning.model.MrpRuns;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/**
 * MRP runs in the database, and the row per plant that says which run holds the plant: a run takes
 * the plant with one conditional update, so two starts at once cannot both succeed.
 */
@Dependent
public class JdbcMrpRuns implements MrpRuns {

  private static final String SELECT =
      "SELECT r.id, r.plant, r.start_date, r.horizon_days, r.mode, r.simulation,"
          + " r.early_tolerance_days, r.late_tolerance_days, r.suppressed_messages,"
          + " r.suggestions_only, r.options, r.status,"
          + " r.requested_by,"
          + " r.requested_at, r.started_at, r.ended_at, r.attempts, r.items_total,"
          + " r.items_planned, r.planned_orders, r.pegging_links, r.messages, r.beyond_horizon,"
          + " r.load_ms, r.plan_ms, r.write_ms, r.failure, r.plan_run_id, p.live_run_id"
          + " FROM mrp_run r LEFT JOIN mrp_plant p ON p.plant = r.plant";

  @PersistenceContext EntityManager em;

  @Override
  public long create(MrpRunRequest request, String user) {
    Jdbc jdbc = Jdbc.of(em);
    long id = jdbc.nextValue("mrp_run_seq");
    jdbc.update(
        "INSERT INTO mrp_run (id, plant, mode, simulation, start_date, horizon_days,"
            + " early_tolerance_days, late_tolerance_days, suppressed_messages, suggestions_only,"
            + " options, status, requested_by, requested_at, attempts)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        p ->
            p.id(id)
                .text(request.plant())
                .text(request.mode().name())
                .bool(request.simulation())
                .date(request.start())
                .integer(request.horizonDays())
                .integer(request.parameters().earlyToleranceDays())
                .integer(request.parameters().lateToleranceDays())
                .text(suppressed(request.suppressedMessages()))
                .bool(request.suggestionsOnly())
                .text(request.options().text())
                .text(MrpRunStatus.QUEUED.name())
                .text(user)
                .instant(Instant.now()));
    return id;
  }

  @Override
  public Optional<MrpRunRecord> livePlan(String plant) {
    return Jdbc.of(em)
        .query(SELECT + " WHERE r.id = p.live_run_id AND r.plant = ?", JdbcMrpRuns::record, plant)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Long> hold(String plant, long run) {
    Jdbc jdbc = Jdbc.of(em);
    int taken =
        jdbc.update(
            "UPDATE mrp_plant SET running_run_id = ? WHERE plant = ? AND running_run_id IS NULL",
            p -> p.id(run).text(plant));
    if (taken == 1) {
      return Optional.empty();
    }
    List<Long> holder =
        jdbc.query(
            "SELECT running_run_id FROM mrp_plant WHERE plant = ?", rs -> rs.getLong(1), plant);
    if (!holder.isEmpty()) {
      return Optional.of(holder.get(0));
    }
    jdbc.update(
        "INSERT INTO mrp_plant (plant, running_run_id) VALUES (?, ?)", p -> p.text(plant).id(run));
    return Optional.empty();
  }

  @Override
  public void release(String plant, long run, boolean live) {
    Jdbc.of(em)
        .update(
            "UPDATE mrp_plant SET running_run_id = NULL"
                + (live ? ", live_run_id = ?" : "")
                + " WHERE plant = ? AND running_run_id = ?",
            p -> {
              if (live) {
                p.id(run);
              }
              p.text(plant).id(run);
            });
  }

  @Override
  public void running(long run, long execution) {
    Jdbc.of(em)
        .update(
            "UPDATE mrp_run SET status = ?, started_at = ?, job_execution_id = ?,"
                + " attempts = attempts + 1, failure = NULL WHERE id = ?",
            p -> p.text(MrpRunStatus.RUNNING.name()).instant(Instant.now()).id(execution).id(run));
  }

  @Override
  public void completed(long run, MrpRunOutcome outcome) {
    Jdbc.of(em)
        .update(
            "UPDATE mrp_run SET status = ?, ended_at = ?, items_total = ?, items_planned = ?,"
                + " planned_orders = ?, pegging_links = ?, messages = ?, beyond_horizon = ?,"
                + " load_ms = ?, plan_ms = ?, write_ms = ?, plan_run_id = ? WHERE id = ?",
            p ->
                p.text(MrpRunStatus.COMPLETED.name())
                    .instant(Instant.now())
                    .integer(outcome.itemsTotal())
                    .integer(outcome.itemsTotal())
                    .integer(outcome.plannedOrders())
                    .integer(outcome.peggingLinks())
                    .integer(outcome.messages())
                    .integer((int) outcome.beyondHorizon())
                    .id(outcome.loadMillis())
                    .id(outcome.planMillis())
                    .id(outcome.writeMillis())
                    .id(outcome.planRun())
                    .id(run));
  }

  @Override
  public void ended(long run, MrpRunStatus status, String failure) {
    Jdbc.of(em)
        .update(
            "UPDATE mrp_run SET status = ?, ended_at = ?, failure = ? WHERE id = ?",
            p ->
                p.text(status.name())
                    .instant(Instant.now())
                    .text(failure == null ? null : abbreviate(failure))
                    .id(run));
  }

  @Override
  public void requeue(long run) {
    Jdbc.of(em)
        .update(
            "UPDATE mrp_run SET status = ? WHERE id = ?",
            p -> p.text(MrpRunStatus.QUEUED.name()).id(run));
  }

  private static String abbreviate(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
  }

  @Override
  public Optional<MrpRunRecord> find(long id) {
    return Jdbc.of(em).query(SELECT + " WHERE r.id = ?", JdbcMrpRuns::record, id).stream()
        .findFirst();
  }

  @Override
  public List<MrpRunRecord> latest(String plant, int limit) {
    return Jdbc.of(em)
        .query(
            SELECT
                + (plant == null ? "" : " WHERE r.plant = ?")
                + " ORDER BY r.id DESC OFFSET 0 ROWS FETCH NEXT "
                + limit
                + " ROWS ONLY",
            JdbcMrpRuns::record,
            plant == null ? new Object[0] : new Object[] {plant});
  }

  @Override
  public List<Long> unfinished() {
    return Jdbc.of(em)
        .query(
            "SELECT id FROM mrp_run WHERE status IN (?, ?) ORDER BY id",
            rs -> rs.getLong(1),
            MrpRunStatus.QUEUED.name(),
            MrpRunStatus.RUNNING.name());
  }

  private static MrpRunRecord record(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    long live = rs.getLong("live_run_id");
    return new MrpRunRecord(
        id,
        new MrpRunRequest(
            rs.getString("plant"),
            SqlColumns.date(rs, "start_date"),
            rs.getInt("horizon_days"),
            MrpMode.valueOf(rs.getString("mode")),
            rs.getBoolean("simulation"),
            rs.getInt("early_tolerance_days"),
            rs.getInt("late_tolerance_days"),
            suppressed(rs.getString("suppressed_messages")),
            rs.getBoolean("suggestions_only"),
            MrpOptions.parse(rs.getString("options"))),
        MrpRunStatus.valueOf(rs.getString("status")),
        rs.getString("requested_by"),
        SqlColumns.instant(rs, "requested_at"),
        SqlColumns.instant(rs, "started_at"),
        SqlColumns.instant(rs, "ended_at"),
        rs.getInt("attempts"),
        SqlColumns.integer(rs, "items_total"),
        SqlColumns.integer(rs, "items_planned"),
        SqlColumns.integer(rs, "planned_orders"),
        SqlColumns.integer(rs, "pegging_links"),
        SqlColumns.integer(rs, "messages"),
        SqlColumns.integer(rs, "beyond_horizon"),
        longOrNull(rs, "load_ms"),
        longOrNull(rs, "plan_ms"),
        longOrNull(rs, "write_ms"),
        rs.getString("failure"),
        live == id,
        longOrNull(rs, "plan_run_id"));
  }

  /** The suppressed message types as the run keeps them: names in their order, comma-separated. */
  private static String suppressed(Set<MessageType> types) {
    return types.isEmpty()
        ? null
        : EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static Set<MessageType> suppressed(String names) {
    Set<MessageType> types = EnumSet.noneOf(MessageType.class);
    if (names != null) {
      for (String name : names.split(",")) {
        types.add(MessageType.valueOf(name));
      }
    }
    return types;
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
