package org.officina.purchasing.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.purchasing.model.PurchaseOrder;
import org.officina.purchasing.model.PurchaseOrderLine;
import org.officina.purchasing.model.PurchaseOrderStatus;
import org.officina.purchasing.model.PurchaseOrderSummary;
import org.officina.purchasing.model.PurchaseOrders;
import org.officina.purchasing.model.PurchaseReceipt;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.model.Page;

/** Purchase orders in purchase_order, their lines and the receipts against them. */
@Dependent
public class JdbcPurchaseOrders implements PurchaseOrders {

  private static final String HEADER =
      "SELECT number, supplier_code, currency, order_date, tolerance_pct, status"
          + " FROM purchase_order WHERE number = ?";
  private static final String LINES =
      "SELECT l.line_no, i.code, l.qty, l.unit_price, l.due_date, l.received"
          + " FROM purchase_order_line l JOIN item_key i ON i.id = l.item_id"
          + " WHERE l.order_number = ? ORDER BY l.line_no";
  private static final String RECEIPTS =
      "SELECT r.id, r.client_id, r.order_number, r.line_no, i.code, r.qty, r.warehouse_code,"
          + " r.location_code, r.lot, r.unit_price, r.received_at, r.received_by"
          + " FROM purchase_receipt r JOIN purchase_order_line l"
          + " ON l.order_number = r.order_number AND l.line_no = r.line_no"
          + " JOIN item_key i ON i.id = l.item_id";

  @PersistenceContext EntityManager em;

  @Override
  public String nextNumber() {
    return PurchaseOrder.NUMBER_PREFIX + Jdbc.of(em).nextValue("purchase_order_seq");
  }

  @Override
  public void insert(
      List<PurchaseOrder> orders,
      Map<String, Map<Integer, Long>> firmByLine,
      String user,
      Instant at) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.batch(
        "INSERT INTO purchase_order (number, supplier_code, currency, status, tolerance_pct,"
            + " order_date, created_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        orders,
        (p, o) ->
            p.text(o.number())
                .text(o.supplier())
                .text(o.currency())
                .text(o.status().name())
                .decimal(o.tolerancePct())
                .date(o.orderDate())
                .text(user)
                .instant(at));
    List<Map.Entry<PurchaseOrder, PurchaseOrderLine>> lines = new ArrayList<>();
    orders.forEach(o -> o.lines().forEach(l -> lines.add(Map.entry(o, l))));
    insertLines(jdbc, lines, firmByLine);
  }

  private static void insertLines(
      Jdbc jdbc,
      List<Map.Entry<PurchaseOrder, PurchaseOrderLine>> lines,
      Map<String, Map<Integer, Long>> firmByLine) {
    Map<String, Long> items =
        jdbc.itemIds(lines.stream().map(e -> e.getValue().item()).distinct().toList());
    jdbc.batch(
        "INSERT INTO purchase_order_line (order_number, line_no, item_id, qty, unit_price,"
            + " due_date, received, firm_planned_order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        lines,
        (p, e) -> {
          PurchaseOrderLine l = e.getValue();
          String number = e.getKey().number();
          p.text(number)
              .integer(l.line())
              .id(items.get(l.item()))
              .decimal(l.qty())
              .decimal(l.unitPrice())
              .date(l.dueDate())
              .decimal(l.received())
              .nullableId(firmByLine.getOrDefault(number, Map.of()).get(l.line()));
        });
  }

  @Override
  public Optional<PurchaseOrder> find(String number) {
    return read(number, HEADER);
  }

  @Override
  public Optional<PurchaseOrder> lock(String number) {
    return read(number, HEADER + " FOR UPDATE");
  }

  private Optional<PurchaseOrder> read(String number, String header) {
    Jdbc jdbc = Jdbc.of(em);
    List<PurchaseOrder> found = jdbc.query(header, JdbcPurchaseOrders::header, number);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PurchaseOrder order = found.get(0);
    List<PurchaseOrderLine> lines = jdbc.query(LINES, JdbcPurchaseOrders::line, number);
    return Optional.of(
        new PurchaseOrder(
            order.number(),
            order.supplier(),
            order.currency(),
            order.orderDate(),
            order.tolerancePct(),
            order.status(),
            lines));
  }

  @Override
  public void update(PurchaseOrder order, Instant at) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update(
        "UPDATE purchase_order SET status = ?, changed_at = ? WHERE number = ?",
        p -> p.text(order.status().name()).instant(at).text(order.number()));
    jdbc.batch(
        "UPDATE purchase_order_line SET received = ? WHERE order_number = ? AND line_no = ?",
        order.lines(),
        (p, l) -> p.decimal(l.received()).text(order.number()).integer(l.line()));
  }

  @Override
  public void replaceDraft(PurchaseOrder order, Instant at) {
    Jdbc jdbc = Jdbc.of(em);
    Map<Integer, Long> firm = new java.util.HashMap<>();
    jdbc.query(
            "SELECT line_no, firm_planned_order_id FROM purchase_order_line"
                + " WHERE order_number = ? AND firm_planned_order_id IS NOT NULL",
            rs -> Map.entry(rs.getInt(1), rs.getLong(2)),
            order.number())
        .forEach(e -> firm.put(e.getKey(), e.getValue()));
    jdbc.update(
        "DELETE FROM purchase_order_line WHERE order_number = ?", p -> p.text(order.number()));
    jdbc.update(
        "UPDATE purchase_order SET tolerance_pct = ?, changed_at = ? WHERE number = ?",
        p -> p.decimal(order.tolerancePct()).instant(at).text(order.number()));
    insertLines(
        jdbc,
        order.lines().stream().map(l -> Map.entry(order, l)).toList(),
        Map.of(order.number(), firm));
  }

  @Override
  public Page<PurchaseOrderSummary> search(
      String supplier,
      String item,
      PurchaseOrderStatus status,
      boolean openOnly,
      LocalDate today,
      int offset,
      int limit) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (supplier != null) {
      conditions.add("o.supplier_code = ?");
      params.add(supplier);
    }
    if (item != null) {
      conditions.add(
          "EXISTS (SELECT 1 FROM purchase_order_line x JOIN item_key i ON i.id = x.item_id"
              + " WHERE x.order_number = o.number AND i.code = ?)");
      params.add(item);
    }
    if (status != null) {
      conditions.add("o.status = ?");
      params.add(status.name());
    }
    if (openOnly) {
      conditions.add("o.status IN ('DRAFT', 'CONFIRMED', 'PARTLY_RECEIVED')");
    }
    return Jdbc.of(em)
        .page(
            "SELECT o.number, o.supplier_code, o.currency, o.status, o.order_date,"
                + " (SELECT COUNT(*) FROM purchase_order_line l WHERE l.order_number = o.number),"
                + " (SELECT SUM(l.qty * COALESCE(l.unit_price, 0)) FROM purchase_order_line l"
                + " WHERE l.order_number = o.number),"
                + " (SELECT MIN(l.due_date) FROM purchase_order_line l"
                + " WHERE l.order_number = o.number AND l.received < l.qty)",
            "FROM purchase_order o",
            conditions,
            params,
            "o.order_date DESC, o.number DESC",
            offset,
            limit,
            rs ->
                PurchaseOrderSummary.on(
                    today,
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    PurchaseOrderStatus.valueOf(rs.getString(4)),
                    SqlColumns.date(rs, 5),
                    rs.getInt(6),
                    SqlColumns.decimal(rs, 7),
                    SqlColumns.date(rs, 8)));
  }

  @Override
  public boolean addReceipt(PurchaseReceipt r) {
    if (r.clientId() != null && receiptOf(r.clientId()).isPresent()) {
      return false;
    }
    Jdbc jdbc = Jdbc.of(em);
    long id = jdbc.nextValue("purchase_receipt_seq");
    jdbc.update(
        "INSERT INTO purchase_receipt (id, client_id, order_number, line_no, qty, warehouse_code,"
            + " location_code, lot, unit_price, received_at, received_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p ->
            p.id(id)
                .text(r.clientId())
                .text(r.order())
                .integer(r.line())
                .decimal(r.qty())
                .text(r.warehouse())
                .text(r.location())
                .text(r.lot())
                .decimal(r.unitPrice())
                .instant(r.receivedAt())
                .text(r.receivedBy()));
    return true;
  }

  @Override
  public Optional<PurchaseReceipt> receiptOf(String clientId) {
    return Jdbc.of(em)
        .query(RECEIPTS + " WHERE r.client_id = ?", JdbcPurchaseOrders::receipt, clientId)
        .stream()
        .findFirst();
  }

  @Override
  public List<PurchaseReceipt> receipts(String number) {
    return Jdbc.of(em)
        .query(
            RECEIPTS + " WHERE r.order_number = ? ORDER BY r.id",
            JdbcPurchaseOrders::receipt,
            number);
  }

  private static PurchaseOrder header(ResultSet rs) throws SQLException {
    return new PurchaseOrder(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        SqlColumns.date(rs, 4),
        SqlColumns.decimal(rs, 5),
        PurchaseOrderStatus.valueOf(rs.getString(6)),
        List.of());
  }

  private static PurchaseOrderLine line(ResultSet rs) throws SQLException {
    return new PurchaseOrderLine(
        rs.getInt(1),
        rs.getString(2),
        SqlColumns.decimal(rs, 3),
        SqlColumns.decimal(rs, 4),
        SqlColumns.date(rs, 5),
        SqlColumns.decimal(rs, 6));
  }

  private static PurchaseReceipt receipt(ResultSet rs) throws SQLException {
    return new PurchaseReceipt(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getInt(4),
        rs.getString(5),
        SqlColumns.decimal(rs, 6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        SqlColumns.decimal(rs, 10),
        SqlColumns.instant(rs, "received_at"),
        rs.getString(12));
  }
}
