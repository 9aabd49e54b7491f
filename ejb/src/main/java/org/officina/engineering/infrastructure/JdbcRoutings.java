package org.officina.engineering.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.officina.engineering.model.Routing;
import org.officina.engineering.model.RoutingOperation;
import org.officina.engineering.model.Routings;
import org.officina.shared.infrastructure.CodeListColumn;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/**
 * Routings in the database: headers in routing, operations and sub-operations in routing_operation
 * keyed by the item's id and the operation number. Set-based reads and writes.
 */
@Dependent
public class JdbcRoutings implements Routings {

  private static final String OPERATIONS =
      "SELECT i.code item, o.seq, o.parent_seq, o.description, o.work_center_code,"
          + " o.setup_minutes, o.run_minutes, o.labour_minutes, o.fixed_minutes, o.queue_minutes,"
          + " o.move_minutes, o.overlap_pct, o.subcontractor_code, o.subcontract_cost, o.tooling,"
          + " o.setup_family, o.alternate_work_centers"
          + " FROM routing_operation o JOIN item i ON i.id = o.item_id";

  private static final StructureHeaders HEADERS = new StructureHeaders("routing");

  @PersistenceContext EntityManager em;

  @Override
  public List<RoutingOperation> all() {
    return Jdbc.of(em).query(OPERATIONS + " ORDER BY i.code, o.seq", JdbcRoutings::operation);
  }

  @Override
  public List<RoutingOperation> of(Collection<String> items) {
    return Jdbc.of(em)
        .queryIn(
            OPERATIONS + " WHERE i.code IN (%s) ORDER BY i.code, o.seq",
            items,
            JdbcRoutings::operation);
  }

  @Override
  public Optional<Routing> routing(String item) {
    Jdbc jdbc = Jdbc.of(em);
    return HEADERS
        .of(jdbc, item)
        .map(
            h ->
                new Routing(
                    item,
                    h.revision(),
                    h.version(),
                    jdbc.query(
                        OPERATIONS + " WHERE i.code = ? ORDER BY o.seq",
                        JdbcRoutings::operation,
                        item),
                    h.changedAt(),
                    h.changedBy()));
  }

  @Override
  public void replace(Map<String, List<RoutingOperation>> routings, String user, Instant now) {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Long> ids = jdbc.itemIds();
    Map<String, List<RoutingOperation>> current = new HashMap<>();
    all().forEach(o -> current.computeIfAbsent(o.item(), i -> new ArrayList<>()).add(o));
    Map<String, List<RoutingOperation>> changed = new LinkedHashMap<>();
    routings.forEach(
        (item, operations) -> {
          List<RoutingOperation> sorted = new ArrayList<>(operations);
          sorted.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
          if (!sorted.equals(current.get(item))) {
            changed.put(item, sorted);
          }
        });
    Set<String> headers = HEADERS.versions(jdbc).keySet();
    List<String> existing = changed.keySet().stream().filter(headers::contains).toList();
    List<String> created = changed.keySet().stream().filter(i -> !headers.contains(i)).toList();
    jdbc.batch(
        "DELETE FROM routing_operation WHERE item_id = ?",
        existing,
        (p, item) -> p.id(ids.get(item)));
    HEADERS.revise(jdbc, existing.stream().map(ids::get).toList(), user, now);
    HEADERS.create(jdbc, created.stream().map(ids::get).toList(), user, now);
    List<RoutingOperation> rows = new ArrayList<>();
    changed.values().forEach(rows::addAll);
    insertOperations(jdbc, ids, rows);
  }

  @Override
  public boolean save(
      String item, List<RoutingOperation> operations, long version, String user, Instant now) {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Long> ids = jdbc.itemIds();
    long itemId = ids.get(item);
    if (!HEADERS.revise(jdbc, itemId, version, user, now)) {
      return false;
    }
    jdbc.update("DELETE FROM routing_operation WHERE item_id = ?", p -> p.id(itemId));
    List<RoutingOperation> sorted = new ArrayList<>(operations);
    sorted.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
    insertOperations(jdbc, ids, sorted);
    return true;
  }

  private static void insertOperations(
      Jdbc jdbc, Map<String, Long> ids, List<RoutingOperation> rows) {
    jdbc.batch(
        "INSERT INTO routing_operation (item_id, seq, parent_seq, description, work_center_code,"
            + " setup_minutes, run_minutes, labour_minutes, fixed_minutes, queue_minutes,"
            + " move_minutes, overlap_pct, subcontractor_code, subcontract_cost, tooling,"
            + " setup_family, alternate_work_centers)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        (p, op) ->
            p.id(ids.get(op.item()))
                .integer(op.seq())
                .integer(op.parentSeq())
                .text(op.description())
                .text(op.workCenter())
                .decimal(op.setupMinutes())
                .decimal(op.runMinutes())
                .decimal(op.labourMinutes())
                .decimal(op.fixedMinutes())
                .decimal(op.queueMinutes())
                .decimal(op.moveMinutes())
                .decimal(op.overlapPct())
                .text(op.subcontractor())
                .decimal(op.subcontractCost())
                .text(CodeListColumn.write(op.tooling()))
                .text(op.setupFamily())
                .text(CodeListColumn.write(op.alternateWorkCenters())));
  }

  @Override
  public Map<String, List<Integer>> operationNumbers() {
    Map<String, List<Integer>> numbers = new HashMap<>();
    Jdbc.of(em)
        .query(
            "SELECT i.code, o.seq FROM routing_operation o JOIN item i ON i.id = o.item_id",
            rs ->
                numbers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2)));
    return numbers;
  }

  private static RoutingOperation operation(ResultSet rs) throws SQLException {
    return new RoutingOperation(
        rs.getString("item"),
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
        CodeListColumn.read(rs.getString("alternate_work_centers")));
  }
}
