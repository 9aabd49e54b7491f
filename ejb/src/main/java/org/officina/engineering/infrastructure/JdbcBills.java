package org.officina.engineering.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.officina.engineering.model.Bill;
import org.officina.engineering.model.BillsOfMaterials;
import org.officina.engineering.model.BomLine;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/**
 * Bills of materials in the database: headers in bom, lines in bom_line keyed by the parent's id
 * and the line's position. Reads and writes are set-based, whatever the number of bills.
 */
@Dependent
public class JdbcBills implements BillsOfMaterials {

  private static final String LINES =
      "SELECT p.code parent, c.code component, a.code alternate_for, l.qty_per, l.per_order,"
          + " l.scrap_pct, l.valid_from, l.valid_to, l.operation_seq, l.phantom, l.priority"
          + " FROM bom_line l JOIN item p ON p.id = l.item_id JOIN item c ON c.id = l.component_id"
          + " LEFT JOIN item a ON a.id = l.alternate_for_id";

  private static final StructureHeaders HEADERS = new StructureHeaders("bom");

  @PersistenceContext EntityManager em;

  @Override
  public List<BomLine> all() {
    return Jdbc.of(em).query(LINES + " ORDER BY p.code, l.line_no", JdbcBills::line);
  }

  @Override
  public Optional<Bill> bill(String parent) {
    Jdbc jdbc = Jdbc.of(em);
    return HEADERS
        .of(jdbc, parent)
        .map(
            h ->
                new Bill(
                    parent,
                    h.revision(),
                    h.version(),
                    jdbc.query(
                        LINES + " WHERE p.code = ? ORDER BY l.line_no", JdbcBills::line, parent),
                    h.changedAt(),
                    h.changedBy()));
  }

  @Override
  public Map<String, Long> versions() {
    return HEADERS.versions(Jdbc.of(em));
  }

  @Override
  public List<String> replace(Map<String, List<BomLine>> bills, String user, Instant now) {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Long> ids = jdbc.itemIds();
    Map<String, List<BomLine>> current = new HashMap<>();
    all().forEach(l -> current.computeIfAbsent(l.parent(), p -> new ArrayList<>()).add(l));
    Map<String, List<BomLine>> changed = new LinkedHashMap<>();
    bills.forEach(
        (parent, lines) -> {
          if (!lines.equals(current.get(parent))) {
            changed.put(parent, lines);
          }
        });
    Set<String> headers = HEADERS.versions(jdbc).keySet();
    List<String> existing = changed.keySet().stream().filter(headers::contains).toList();
    List<String> created = changed.keySet().stream().filter(p -> !headers.contains(p)).toList();
    jdbc.batch(
        "DELETE FROM bom_line WHERE item_id = ?", existing, (p, parent) -> p.id(ids.get(parent)));
    HEADERS.revise(jdbc, existing.stream().map(ids::get).toList(), user, now);
    HEADERS.create(jdbc, created.stream().map(ids::get).toList(), user, now);
    insertLines(jdbc, ids, changed);
    return List.copyOf(changed.keySet());
  }

  @Override
  public boolean save(String parent, List<BomLine> lines, long version, String user, Instant now) {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Long> ids = jdbc.itemIds();
    long parentId = ids.get(parent);
    if (!HEADERS.revise(jdbc, parentId, version, user, now)) {
      return false;
    }
    jdbc.update("DELETE FROM bom_line WHERE item_id = ?", p -> p.id(parentId));
    insertLines(jdbc, ids, Map.of(parent, lines));
    return true;
  }

  private static void insertLines(
      Jdbc jdbc, Map<String, Long> ids, Map<String, List<BomLine>> bills) {
    List<Object[]> rows = new ArrayList<>();
    bills.forEach(
        (parent, lines) -> {
          for (int i = 0; i < lines.size(); i++) {
            rows.add(new Object[] {i + 1, lines.get(i)});
          }
        });
    jdbc.batch(
        "INSERT INTO bom_line (item_id, line_no, component_id, qty_per, per_order, scrap_pct,"
            + " valid_from, valid_to, operation_seq, phantom, alternate_for_id, priority)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        (p, row) -> {
          BomLine line = (BomLine) row[1];
          p.id(ids.get(line.parent()))
              .integer((Integer) row[0])
              .id(ids.get(line.component()))
              .decimal(line.qtyPer())
              .bool(line.fixedPerOrder())
              .decimal(line.scrapPct())
              .date(line.validFrom())
              .date(line.validTo())
              .integer(line.operationSeq() == 0 ? null : line.operationSeq())
              .bool(line.phantom())
              .nullableId(line.alternateFor() == null ? null : ids.get(line.alternateFor()))
              .integer(line.priority());
        });
  }

  @Override
  public void storeLowLevelCodes(Map<String, Integer> codes) {
    Jdbc jdbc = Jdbc.of(em);
    List<Object[]> changed = new ArrayList<>();
    for (Object[] row :
        jdbc.query(
            "SELECT id, code, low_level_code FROM item",
            rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})) {
      int code = codes.getOrDefault((String) row[1], 0);
      if (code != (Integer) row[2]) {
        changed.add(new Object[] {row[0], code});
      }
    }
    jdbc.batch(
        "UPDATE item SET low_level_code = ? WHERE id = ?",
        changed,
        (p, row) -> p.integer((Integer) row[1]).id((Long) row[0]));
  }

  private static BomLine line(ResultSet rs) throws SQLException {
    Integer operation = SqlColumns.integer(rs, "operation_seq");
    return new BomLine(
        rs.getString("parent"),
        rs.getString("component"),
        SqlColumns.decimal(rs, "qty_per"),
        rs.getBoolean("per_order"),
        SqlColumns.decimal(rs, "scrap_pct"),
        SqlColumns.date(rs, "valid_from"),
        SqlColumns.date(rs, "valid_to"),
        operation == null ? 0 : operation,
        rs.getBoolean("phantom"),
        rs.getString("alternate_for"),
        rs.getInt("priority"));
  }
}
