package org.officina.purchasing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.officina.purchasing.model.Purchasing;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplyLine;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.OrderLineTable;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.infrastructure.SqlParams;
import org.officina.shared.model.LineSearch;
import org.officina.shared.model.Page;

/** Suppliers and open supply lines in the database. */
@Dependent
public class JdbcPurchasing implements Purchasing {

  private static final String SELECT =
      "SELECT s.order_type, s.order_number, s.line_no, i.code, s.qty, s.due_date, s.firm,"
          + " s.supplier_code";
  private static final OrderLineTable LINES = new OrderLineTable("supply_line", "s", "order_type");
  private static final String FROM = "FROM supply_line s JOIN item_key i ON i.id = s.item_id";

  private static final OrderLineTable.Columns<SupplyLine> COLUMNS =
      new OrderLineTable.Columns<>() {
        @Override
        public Enum<?> type(SupplyLine l) {
          return l.type();
        }

        @Override
        public String number(SupplyLine l) {
          return l.number();
        }

        @Override
        public int line(SupplyLine l) {
          return l.line();
        }

        @Override
        public String item(SupplyLine l) {
          return l.item();
        }

        @Override
        public List<String> values() {
          return List.of("qty", "due_date", "firm", "supplier_code");
        }

        @Override
        public void bindValues(SqlParams p, SupplyLine l) throws SQLException {
          p.decimal(l.qty()).date(l.dueDate()).bool(l.firm()).text(l.supplier());
        }
      };

  @PersistenceContext EntityManager em;

  @Override
  public void saveSuppliers(Collection<Supplier> suppliers) {
    Jdbc.of(em)
        .upsertByCode(
            "supplier",
            List.of("name", "subcontractor"),
            suppliers,
            Supplier::code,
            (p, s) -> p.text(s.name()).bool(s.subcontractor()));
    Jdbc.of(em)
        .batch(
            "UPDATE supplier SET calendar_code = ? WHERE code = ?",
            suppliers.stream().filter(s -> s.calendar() != null).toList(),
            (p, s) -> p.text(s.calendar().isEmpty() ? null : s.calendar()).text(s.code()));
  }

  @Override
  public Page<SupplyLine> search(LineSearch search) {
    return LINES.search(Jdbc.of(em), search, SELECT, FROM, JdbcPurchasing::line);
  }

  @Override
  public List<Supplier> suppliers() {
    return Jdbc.of(em)
        .query(
            "SELECT code, name, subcontractor, calendar_code FROM supplier ORDER BY code",
            rs ->
                new Supplier(
                    rs.getString(1),
                    SqlColumns.text(rs, "name"),
                    rs.getBoolean(3),
                    SqlColumns.text(rs, "calendar_code")));
  }

  @Override
  public java.util.Set<String> saveSupply(Collection<SupplyLine> lines) {
    return LINES.save(Jdbc.of(em), lines, COLUMNS);
  }

  @Override
  public java.util.Set<String> removeOrder(SupplyOrderType type, String number) {
    Jdbc jdbc = Jdbc.of(em);
    java.util.Set<String> items =
        new java.util.HashSet<>(
            jdbc.query(
                "SELECT i.code FROM supply_line s JOIN item_key i ON i.id = s.item_id"
                    + " WHERE s.order_type = ? AND s.order_number = ?",
                rs -> rs.getString(1),
                type.name(),
                number));
    jdbc.update(
        "DELETE FROM supply_line WHERE order_type = ? AND order_number = ?",
        p -> p.text(type.name()).text(number));
    return items;
  }

  @Override
  public java.util.Set<String> keepOrder(
      SupplyOrderType type, String number, List<SupplyLine> open) {
    // Kept lines are updated in place: a firm planned order links to its line by id.
    java.util.Set<String> items = new java.util.HashSet<>(saveSupply(open));
    java.util.Set<Integer> kept = new java.util.HashSet<>();
    open.forEach(l -> kept.add(l.line()));
    Jdbc jdbc = Jdbc.of(em);
    List<SupplyLine> gone =
        jdbc
            .query(
                SELECT + " " + FROM + " WHERE s.order_type = ? AND s.order_number = ?",
                JdbcPurchasing::line,
                type.name(),
                number)
            .stream()
            .filter(l -> !kept.contains(l.line()))
            .toList();
    jdbc.batch(
        "DELETE FROM supply_line WHERE order_type = ? AND order_number = ? AND line_no = ?",
        gone,
        (p, l) -> p.text(type.name()).text(number).integer(l.line()));
    gone.forEach(l -> items.add(l.item()));
    return items;
  }

  @Override
  public List<SupplyLine> supplyOf(Collection<String> items) {
    return Jdbc.of(em)
        .queryIn(
            SELECT + " " + FROM + " WHERE i.code IN (%s) ORDER BY s.due_date, s.id",
            items,
            JdbcPurchasing::line);
  }

  @Override
  public List<SupplyLine> supply() {
    return Jdbc.of(em)
        .query(
            SELECT + " " + FROM + " ORDER BY s.order_type, s.order_number, s.line_no",
            JdbcPurchasing::line);
  }

  @Override
  public List<Long> open(List<SupplyLine> lines) {
    Jdbc jdbc = Jdbc.of(em);
    long[] ids = jdbc.ids("supply_line_seq", lines.size());
    Map<String, Long> items = jdbc.itemIds(lines.stream().map(SupplyLine::item).toList());
    List<Map.Entry<Long, SupplyLine>> rows =
        IntStream.range(0, lines.size()).mapToObj(k -> Map.entry(ids[k], lines.get(k))).toList();
    jdbc.batch(
        "INSERT INTO supply_line (id, order_type, order_number, line_no, item_id, qty, due_date,"
            + " firm, supplier_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        (p, row) ->
            p.id(row.getKey())
                .text(row.getValue().type().name())
                .text(row.getValue().number())
                .integer(row.getValue().line())
                .id(items.get(row.getValue().item()))
                .decimal(row.getValue().qty())
                .date(row.getValue().dueDate())
                .bool(row.getValue().firm())
                .text(row.getValue().supplier()));
    return Arrays.stream(ids).boxed().toList();
  }

  @Override
  public Map<Long, String> orderNumbers(Collection<Long> lineIds) {
    Map<Long, String> numbers = new HashMap<>();
    for (SupplyLineNumber line :
        Jdbc.of(em)
            .queryIn(
                "SELECT id, order_number FROM supply_line WHERE id IN (%s)",
                lineIds, rs -> new SupplyLineNumber(rs.getLong(1), rs.getString(2)))) {
      numbers.put(line.id(), line.number());
    }
    return numbers;
  }

  private record SupplyLineNumber(long id, String number) {}

  private static SupplyLine line(ResultSet rs) throws SQLException {
    return new SupplyLine(
        SupplyOrderType.valueOf(rs.getString(1)),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        SqlColumns.decimal(rs, "qty"),
        SqlColumns.date(rs, "due_date"),
        rs.getBoolean(7),
        rs.getString(8));
  }
}
