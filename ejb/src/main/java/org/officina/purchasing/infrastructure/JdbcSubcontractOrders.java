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
import org.officina.purchasing.model.SubcontractComponent;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractOrderStatus;
import org.officina.purchasing.model.SubcontractOrders;
import org.officina.purchasing.model.SubcontractReturnRecord;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/** Subcontract orders in subcontract_order with their components, and their returns. */
@Dependent
public class JdbcSubcontractOrders implements SubcontractOrders {

  private static final String HEADER =
      "SELECT o.number, o.supplier_code, i.code, o.qty, o.ship_date, o.due_date, o.unit_price,"
          + " o.currency, o.warehouse_code, o.status, o.good_qty, o.scrap_qty, o.rejected_qty,"
          + " o.production_order, o.operation_seqs, o.previous_seq FROM subcontract_order o JOIN item_key i ON i.id = o.item_id";
  private static final String RETURNS =
      "SELECT id, client_id, order_number, good_qty, scrap_qty, rejected_qty, warehouse_code, lot,"
          + " unit_price, amount, returned_at, returned_by FROM subcontract_return";

  @PersistenceContext EntityManager em;

  @Override
  public String nextNumber() {
    return SubcontractOrder.NUMBER_PREFIX + Jdbc.of(em).nextValue("subcontract_order_seq");
  }

  @Override
  public void insert(SubcontractOrder o, String user, Instant at) {
    Jdbc jdbc = Jdbc.of(em);
    List<String> codes = new ArrayList<>(List.of(o.item()));
    o.components().forEach(c -> codes.add(c.item()));
    Map<String, Long> items = jdbc.itemIds(codes);
    jdbc.update(
        "INSERT INTO subcontract_order (number, supplier_code, item_id, qty, ship_date, due_date,"
            + " unit_price, currency, warehouse_code, status, created_by, changed_at,"
            + " production_order, operation_seqs, previous_seq, operation_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                .instant(at)
                .text(o.forOperations() ? o.operations().productionOrder() : null)
                .text(o.forOperations() ? seqs(o.operations().seqs()) : null)
                .integer(o.forOperations() ? o.operations().previousSeq() : null)
                .text(operationKey(o)));
    jdbc.batch(
        "INSERT INTO subcontract_component (order_number, line_no, item_id, qty_per, per_order,"
            + " scrap_pct, tolerance_pct, material_line, in_process)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        o.components(),
        (p, c) ->
            p.text(o.number())
                .integer(c.line())
                .id(items.get(c.item()))
                .decimal(c.qtyPer())
                .bool(c.perOrder())
                .decimal(c.scrapPct())
                .decimal(c.tolerancePct())
                .integer(c.materialLine())
                .bool(c.inProcess()));
  }

  /**
   * What keeps an operation on one live order: none for a whole item, nor once cancelled or closed
   * (the operation may then go out again on a new order).
   */
  private static String operationKey(SubcontractOrder o) {
    return o.forOperations() && o.alive() ? o.operations().key() : null;
  }

  private static String seqs(List<Integer> seqs) {
    return String.join(",", seqs.stream().map(String::valueOf).toList());
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
                + " c.shipped, c.consumed, c.returned, c.material_line, c.in_process"
                + " FROM subcontract_component c"
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
                    SqlColumns.decimal(rs, 9),
                    (Integer) rs.getObject(10, Integer.class),
                    rs.getBoolean(11)),
            number);
    return Optional.of(found.get(0).withComponents(components));
  }

  @Override
  public void update(SubcontractOrder o, Instant at) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update(
        "UPDATE subcontract_order SET status = ?, good_qty = ?, scrap_qty = ?, rejected_qty = ?,"
            + " changed_at = ?, operation_key = ? WHERE number = ?",
        p ->
            p.text(o.status().name())
                .decimal(o.good())
                .decimal(o.scrapped())
                .decimal(o.rejected())
                .instant(at)
                .text(operationKey(o))
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
  public List<SubcontractOrder> ofProductionOrder(String productionOrder) {
    return Jdbc.of(em)
        .query(
            "SELECT number FROM subcontract_order WHERE production_order = ? ORDER BY number",
            rs -> rs.getString(1),
            productionOrder)
        .stream()
        .map(n -> read(n).orElseThrow())
        .toList();
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
        List.of(),
        operations(rs.getString(14), rs.getString(15), (Integer) rs.getObject(16, Integer.class)));
  }

  private static SubcontractOrder.Operations operations(
      String productionOrder, String seqs, Integer previous) {
    if (productionOrder == null) {
      return null;
    }
    return new SubcontractOrder.Operations(
        productionOrder,
        java.util.Arrays.stream(seqs.split(",")).map(Integer::valueOf).toList(),
        previous);
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
