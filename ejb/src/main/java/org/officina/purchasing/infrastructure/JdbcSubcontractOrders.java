package org.officina.purchasing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.purchasing.model.DeliveryNote;
import org.officina.purchasing.model.SubcontractComponent;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractOrderStatus;
import org.officina.purchasing.model.SubcontractOrders;
import org.officina.purchasing.model.SubcontractReturnRecord;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/**
 * Subcontract orders in subcontract_order with their components, delivery notes with their lines,
 * and returns. Delivery note numbers come from a counter row per year, changed by an update that
 * holds it until the transaction ends: a note rolled back gives its number back.
 */
@Dependent
public class JdbcSubcontractOrders implements SubcontractOrders {

  private static final String HEADER =
      "SELECT o.number, o.supplier_code, i.code, o.qty, o.ship_date, o.due_date, o.unit_price,"
          + " o.currency, o.warehouse_code, o.status, o.good_qty, o.scrap_qty, o.rejected_qty"
          + " FROM subcontract_order o JOIN item_key i ON i.id = o.item_id";
  private static final String NOTE_LINES =
      "SELECT l.note_number, l.line_no, l.order_number, l.component_line, i.code, l.lot, l.qty,"
          + " l.from_warehouse FROM delivery_note_line l JOIN item_key i ON i.id = l.item_id";
  private static final String RETURNS =
      "SELECT id, client_id, order_number, good_qty, scrap_qty, rejected_qty, warehouse_code, lot,"
          + " unit_price, amount, returned_at, returned_by FROM subcontract_return";

  @PersistenceContext EntityManager em;

  @Override
  public String nextNumber() {
    return SubcontractOrder.NUMBER_PREFIX + Jdbc.of(em).nextValue("subcontract_order_seq");
  }

  @Override
  public long nextNoteNumber(int year) {
    Jdbc jdbc = Jdbc.of(em);
    int bumped =
        jdbc.update(
            "UPDATE document_counter SET last_no = last_no + 1 WHERE kind = 'DDT' AND year_no = ?",
            p -> p.integer(year));
    if (bumped == 0) {
      jdbc.update(
          "INSERT INTO document_counter (kind, year_no, last_no) VALUES ('DDT', ?, 1)",
          p -> p.integer(year));
    }
    return jdbc.query(
            "SELECT last_no FROM document_counter WHERE kind = 'DDT' AND year_no = ?",
            rs -> rs.getLong(1),
            year)
        .get(0);
  }

  @Override
  public void insert(SubcontractOrder o, String user, Instant at) {
    Jdbc jdbc = Jdbc.of(em);
    List<String> codes = new ArrayList<>(List.of(o.item()));
    o.components().forEach(c -> codes.add(c.item()));
    Map<String, Long> items = jdbc.itemIds(codes);
    jdbc.update(
        "INSERT INTO subcontract_order (number, supplier_code, item_id, qty, ship_date, due_date,"
            + " unit_price, currency, warehouse_code, status, created_by, changed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p ->
            p.text(o.number())
                .text(o.supplier())
                .id(items.get(o.item()))
                .decimal(o.qty())
                .date(o.shipDate())
                .date(o.dueDate())
                .decimal(o.unitPrice())
                .text(o.currency())
                .text(o.warehouse())
                .text(o.status().name())
                .text(user)
                .instant(at));
    jdbc.batch(
        "INSERT INTO subcontract_component (order_number, line_no, item_id, qty_per, per_order,"
            + " scrap_pct, tolerance_pct) VALUES (?, ?, ?, ?, ?, ?, ?)",
        o.components(),
        (p, c) ->
            p.text(o.number())
                .integer(c.line())
                .id(items.get(c.item()))
                .decimal(c.qtyPer())
                .bool(c.perOrder())
                .decimal(c.scrapPct())
                .decimal(c.tolerancePct()));
  }

  @Override
  public void madeFrom(String number, long firmPlannedOrder) {
    Jdbc.of(em)
        .update(
            "UPDATE subcontract_order SET firm_planned_order_id = ? WHERE number = ?",
            p -> p.id(firmPlannedOrder).text(number));
  }

  @Override
  public Optional<SubcontractOrder> find(String number) {
    return read(number);
  }

  @Override
  public Optional<SubcontractOrder> lock(String number) {
    Jdbc.of(em)
        .query(
            "SELECT number FROM subcontract_order WHERE number = ? FOR UPDATE",
            rs -> rs.getString(1),
            number);
    return read(number);
  }

  private Optional<SubcontractOrder> read(String number) {
    Jdbc jdbc = Jdbc.of(em);
    List<SubcontractOrder> found =
        jdbc.query(HEADER + " WHERE o.number = ?", JdbcSubcontractOrders::header, number);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<SubcontractComponent> components =
        jdbc.query(
            "SELECT c.line_no, i.code, c.qty_per, c.per_order, c.scrap_pct, c.tolerance_pct,"
                + " c.shipped, c.consumed, c.returned FROM subcontract_component c"
                + " JOIN item_key i ON i.id = c.item_id WHERE c.order_number = ? ORDER BY c.line_no",
            rs ->
                new SubcontractComponent(
                    rs.getInt(1),
                    rs.getString(2),
                    SqlColumns.decimal(rs, 3),
                    rs.getBoolean(4),
                    SqlColumns.decimal(rs, 5),
                    SqlColumns.decimal(rs, 6),
                    SqlColumns.decimal(rs, 7),
                    SqlColumns.decimal(rs, 8),
                    SqlColumns.decimal(rs, 9)),
            number);
    return Optional.of(found.get(0).withComponents(components));
  }

  @Override
  public void update(SubcontractOrder o, Instant at) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update(
        "UPDATE subcontract_order SET status = ?, good_qty = ?, scrap_qty = ?, rejected_qty = ?,"
            + " changed_at = ? WHERE number = ?",
        p ->
            p.text(o.status().name())
                .decimal(o.good())
                .decimal(o.scrapped())
                .decimal(o.rejected())
                .instant(at)
                .text(o.number()));
    jdbc.batch(
        "UPDATE subcontract_component SET shipped = ?, consumed = ?, returned = ?"
            + " WHERE order_number = ? AND line_no = ?",
        o.components(),
        (p, c) ->
            p.decimal(c.shipped())
                .decimal(c.consumed())
                .decimal(c.returned())
                .text(o.number())
                .integer(c.line()));
  }

  @Override
  public List<SubcontractOrder> search(String supplier, boolean openOnly, int offset, int limit) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (supplier != null) {
      conditions.add("o.supplier_code = ?");
      params.add(supplier);
    }
    if (openOnly) {
      conditions.add("o.status IN ('OPEN', 'PARTLY_RETURNED', 'RETURNED')");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    params.add(offset);
    params.add(limit);
    return Jdbc.of(em)
        .query(
            HEADER + where + " ORDER BY o.due_date, o.number OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
            JdbcSubcontractOrders::header,
            params.toArray());
  }

  @Override
  public void insertNote(DeliveryNote n) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update(
        "INSERT INTO delivery_note (number, note_date, supplier_code, to_warehouse, carrier,"
            + " reversed, posted_by, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        p ->
            p.text(n.number())
                .date(n.date())
                .text(n.supplier())
                .text(n.toWarehouse())
                .text(n.carrier())
                .bool(false)
                .text(n.postedBy())
                .instant(n.postedAt()));
    Map<String, Long> items =
        jdbc.itemIds(n.lines().stream().map(DeliveryNote.Line::item).distinct().toList());
    jdbc.batch(
        "INSERT INTO delivery_note_line (note_number, line_no, order_number, component_line,"
            + " item_id, lot, qty, from_warehouse) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        n.lines(),
        (p, l) ->
            p.text(n.number())
                .integer(l.line())
                .text(l.order())
                .integer(l.componentLine())
                .id(items.get(l.item()))
                .text(l.lot())
                .decimal(l.qty())
                .text(l.fromWarehouse()));
  }

  @Override
  public Optional<DeliveryNote> note(String number) {
    return notes(" WHERE n.number = ?", number).stream().findFirst();
  }

  @Override
  public List<DeliveryNote> notes(String supplier, int limit) {
    return supplier == null
        ? notes(" ORDER BY n.posted_at DESC FETCH FIRST " + limit + " ROWS ONLY")
        : notes(
            " WHERE n.supplier_code = ? ORDER BY n.posted_at DESC FETCH FIRST "
                + limit
                + " ROWS ONLY",
            supplier);
  }

  @Override
  public List<DeliveryNote> notesOf(String order) {
    return notes(
        " WHERE n.number IN (SELECT note_number FROM delivery_note_line WHERE order_number = ?)"
            + " ORDER BY n.posted_at",
        order);
  }

  private List<DeliveryNote> notes(String where, Object... params) {
    Jdbc jdbc = Jdbc.of(em);
    List<DeliveryNote> headers =
        jdbc.query(
            "SELECT n.number, n.note_date, n.supplier_code, n.to_warehouse, n.carrier, n.reversed,"
                + " n.posted_by, n.posted_at FROM delivery_note n"
                + where,
            rs ->
                new DeliveryNote(
                    rs.getString(1),
                    SqlColumns.date(rs, 2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBoolean(6),
                    rs.getString(7),
                    SqlColumns.instant(rs, "posted_at"),
                    List.of()),
            params);
    if (headers.isEmpty()) {
      return headers;
    }
    Map<String, List<DeliveryNote.Line>> lines = new java.util.HashMap<>();
    jdbc.queryIn(
            NOTE_LINES + " WHERE l.note_number IN (%s) ORDER BY l.note_number, l.line_no",
            headers.stream().map(DeliveryNote::number).toList(),
            rs ->
                Map.entry(
                    rs.getString(1),
                    new DeliveryNote.Line(
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        SqlColumns.decimal(rs, 7),
                        rs.getString(8))))
        .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return headers.stream()
        .map(
            n ->
                new DeliveryNote(
                    n.number(),
                    n.date(),
                    n.supplier(),
                    n.toWarehouse(),
                    n.carrier(),
                    n.reversed(),
                    n.postedBy(),
                    n.postedAt(),
                    lines.getOrDefault(n.number(), List.of())))
        .toList();
  }

  @Override
  public void markReversed(String number) {
    Jdbc.of(em)
        .update(
            "UPDATE delivery_note SET reversed = ? WHERE number = ?",
            p -> p.bool(true).text(number));
  }

  @Override
  public void addReturn(SubcontractReturnRecord r) {
    Jdbc jdbc = Jdbc.of(em);
    long id = jdbc.nextValue("subcontract_return_seq");
    jdbc.update(
        "INSERT INTO subcontract_return (id, client_id, order_number, good_qty, scrap_qty,"
            + " rejected_qty, warehouse_code, lot, unit_price, amount, returned_at, returned_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p ->
            p.id(id)
                .text(r.clientId())
                .text(r.order())
                .decimal(r.good())
                .decimal(r.scrapped())
                .decimal(r.rejected())
                .text(r.warehouse())
                .text(r.lot())
                .decimal(r.unitPrice())
                .decimal(r.amount())
                .instant(r.returnedAt())
                .text(r.returnedBy()));
  }

  @Override
  public Optional<SubcontractReturnRecord> returnOf(String clientId) {
    return Jdbc.of(em)
        .query(RETURNS + " WHERE client_id = ?", JdbcSubcontractOrders::returned, clientId)
        .stream()
        .findFirst();
  }

  @Override
  public List<SubcontractReturnRecord> returns(String order) {
    return Jdbc.of(em)
        .query(
            RETURNS + " WHERE order_number = ? ORDER BY id",
            JdbcSubcontractOrders::returned,
            order);
  }

  private static SubcontractOrder header(ResultSet rs) throws SQLException {
    return new SubcontractOrder(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        SqlColumns.decimal(rs, 4),
        SqlColumns.date(rs, 5),
        SqlColumns.date(rs, 6),
        SqlColumns.decimal(rs, 7),
        rs.getString(8),
        rs.getString(9),
        SubcontractOrderStatus.valueOf(rs.getString(10)),
        SqlColumns.decimal(rs, 11),
        SqlColumns.decimal(rs, 12),
        SqlColumns.decimal(rs, 13),
        List.of());
  }

  private static SubcontractReturnRecord returned(ResultSet rs) throws SQLException {
    return new SubcontractReturnRecord(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        SqlColumns.decimal(rs, 4),
        SqlColumns.decimal(rs, 5),
        SqlColumns.decimal(rs, 6),
        rs.getString(7),
        rs.getString(8),
        SqlColumns.decimal(rs, 9),
        SqlColumns.decimal(rs, 10),
        SqlColumns.instant(rs, "returned_at"),
        rs.getString(12));
  }
}
