package org.officina.execution.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.engineering.model.IssueMethod;
import org.officina.execution.model.DispatchList;
import org.officina.execution.model.OrderAction;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderOperation;
import org.officina.execution.model.OrderSearch;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.OrderTransition;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;
import org.officina.shared.model.Page;

/**
 * Production orders with their materials, operations, documents and history. An order's header
 * carries a version: a change made on a stale copy changes nothing. Work on an order takes its row
 * lock first, so that declarations on one order take turns and none is lost.
 */
@Dependent
public class JdbcProductionOrders implements ProductionOrders {

  private static final String HEADER =
      "SELECT o.id, o.order_number, o.plant, i.code, o.qty, o.warehouse_code, o.lot,"
          + " o.start_date, o.due_date, o.priority, o.firm, o.status, o.tolerance_pct,"
          + " o.good_qty, o.scrap_qty, o.firm_planned_order_id, o.version, o.created_by,"
          + " o.created_at, o.changed_by, o.changed_at"
          + " FROM production_order o JOIN item_key i ON i.id = o.item_id";

  @PersistenceContext EntityManager em;

  @Override
  public long newId() {
    return Jdbc.of(em).nextValue("production_order_seq");
  }

  @Override
  public void insert(ProductionOrder o, Integer billRevision, Integer routingRevision) {
    Jdbc jdbc = Jdbc.of(em);
    long item = jdbc.itemIds(List.of(o.item())).get(o.item());
    jdbc.update(
        "INSERT INTO production_order (id, order_number, plant, item_id, qty, warehouse_code, lot,"
            + " start_date, due_date, priority, firm, status, tolerance_pct, good_qty, scrap_qty,"
            + " firm_planned_order_id, bill_revision, routing_revision, version, created_by,"
            + " created_at, changed_by, changed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, 1, ?, ?, ?, ?)",
        p ->
            p.id(o.id())
                .text(o.number())
                .text(o.plant())
                .id(item)
                .decimal(o.qty())
                .text(o.warehouse())
                .text(o.lot())
                .date(o.startDate())
                .date(o.dueDate())
                .integer(o.priority())
                .bool(o.firm())
                .text(o.status().name())
                .decimal(o.tolerancePct())
                .nullableId(o.firmPlannedOrder())
                .integer(billRevision)
                .integer(routingRevision)
                .text(o.createdBy())
                .instant(o.createdAt())
                .text(o.changedBy())
                .instant(o.changedAt()));
  }

  @Override
  public Optional<ProductionOrder> find(String number) {
    return Jdbc.of(em)
        .query(HEADER + " WHERE o.order_number = ?", JdbcProductionOrders::order, number)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<ProductionOrder> lock(String number) {
    Jdbc jdbc = Jdbc.of(em);
    List<Long> ids =
        jdbc.query(
            "SELECT id FROM production_order WHERE order_number = ? FOR UPDATE",
            rs -> rs.getLong(1),
            number);
    return ids.isEmpty() ? Optional.empty() : find(number);
  }

  @Override
  public Page<ProductionOrder> search(OrderSearch search, LocalDate today) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (!search.statuses().isEmpty()) {
      conditions.add(
          "o.status IN ("
              + String.join(", ", search.statuses().stream().map(s -> "?").toList())
              + ")");
      search.statuses().stream().map(Enum::name).sorted().forEach(params::add);
    }
    if (search.number() != null) {
      conditions.add(SqlColumns.startsWith("o.order_number"));
      params.add(SqlColumns.prefix(search.number()));
    }
    if (search.item() != null) {
      conditions.add(SqlColumns.startsWith("i.code"));
      params.add(SqlColumns.prefix(search.item()));
    }
    if (search.dueFrom() != null) {
      conditions.add("o.due_date >= ?");
      params.add(search.dueFrom());
    }
    if (search.dueTo() != null) {
      conditions.add("o.due_date <= ?");
      params.add(search.dueTo());
    }
    if (search.lateOnly()) {
      conditions.add("o.due_date < ? AND o.status IN ('PLANNED', 'RELEASED', 'IN_PROGRESS')");
      params.add(today);
    }
    return Jdbc.of(em)
        .page(
            HEADER.substring(0, HEADER.indexOf(" FROM ")),
            HEADER.substring(HEADER.indexOf(" FROM ") + 1),
            conditions,
            params,
            "o.due_date, o.priority, o.order_number",
            search.offset(),
            search.limit(),
            JdbcProductionOrders::order);
  }

  @Override
  public Map<OrderStatus, Long> countByStatus() {
    Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
    Jdbc.of(em)
        .query(
            "SELECT status, COUNT(*) FROM production_order GROUP BY status",
            rs -> counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2)));
    return counts;
  }

  @Override
  public boolean update(ProductionOrder o, String user, Instant now) {
    return Jdbc.of(em)
            .update(
                "UPDATE production_order SET qty = ?, warehouse_code = ?, lot = ?, start_date = ?,"
                    + " due_date = ?, priority = ?, firm = ?, status = ?, tolerance_pct = ?,"
                    + " good_qty = ?, scrap_qty = ?, version = version + 1, changed_by = ?,"
                    + " changed_at = ? WHERE id = ? AND version = ?",
                p ->
                    p.decimal(o.qty())
                        .text(o.warehouse())
                        .text(o.lot())
                        .date(o.startDate())
                        .date(o.dueDate())
                        .integer(o.priority())
                        .bool(o.firm())
                        .text(o.status().name())
                        .decimal(o.tolerancePct())
                        .decimal(o.goodQty())
                        .decimal(o.scrapQty())
                        .text(user)
                        .instant(now)
                        .id(o.id())
                        .id(o.version()))
        == 1;
  }

  private static ProductionOrder order(ResultSet rs) throws SQLException {
    long firm = rs.getLong(16);
    Long firmPlannedOrder = rs.wasNull() ? null : firm;
    return new ProductionOrder(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        SqlColumns.decimal(rs, "qty"),
        rs.getString(6),
        rs.getString(7),
        SqlColumns.date(rs, "start_date"),
        SqlColumns.date(rs, "due_date"),
        rs.getInt(10),
        rs.getBoolean(11),
        OrderStatus.valueOf(rs.getString(12)),
        SqlColumns.decimal(rs, "tolerance_pct"),
        SqlColumns.decimal(rs, "good_qty"),
        SqlColumns.decimal(rs, "scrap_qty"),
        firmPlannedOrder,
        rs.getLong(17),
        rs.getString(18),
        SqlColumns.instant(rs, "created_at"),
        rs.getString(20),
        SqlColumns.instant(rs, "changed_at"));
  }

  @Override
  public List<OrderMaterial> materials(long order) {
    return materialsOf(List.of(order)).getOrDefault(order, List.of());
  }

  @Override
  public Map<Long, List<OrderMaterial>> materialsOf(Collection<Long> orders) {
    return byOrder(
        "SELECT m.order_id, m.line_no, i.code, m.qty_per, m.per_order, m.scrap_pct,"
            + " m.required_qty, m.issued_qty, m.operation_seq, m.issue_method, m.warehouse_code"
            + " FROM order_material m JOIN item_key i ON i.id = m.item_id WHERE m.order_id IN (%s)"
            + " ORDER BY m.order_id, m.line_no",
        orders,
        rs ->
            new OrderMaterial(
                rs.getInt(2),
                rs.getString(3),
                SqlColumns.decimal(rs, "qty_per"),
                rs.getBoolean(5),
                SqlColumns.decimal(rs, "scrap_pct"),
                SqlColumns.decimal(rs, "required_qty"),
                SqlColumns.decimal(rs, "issued_qty"),
                rs.getInt(9),
                IssueMethod.valueOf(rs.getString(10)),
                rs.getString(11)));
  }

  /** Rows of a query on several orders, grouped by the order id in its first column. */
  private <T> Map<Long, List<T>> byOrder(String sql, Collection<Long> orders, Jdbc.Mapper<T> row) {
    Map<Long, List<T>> byOrder = new HashMap<>();
    Jdbc.of(em)
        .queryIn(
            sql,
            orders,
            rs -> byOrder.computeIfAbsent(rs.getLong(1), o -> new ArrayList<>()).add(row.map(rs)));
    return byOrder;
  }

  @Override
  public void saveMaterials(long order, List<OrderMaterial> materials) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update("DELETE FROM order_material WHERE order_id = ?", p -> p.id(order));
    Map<String, Long> items = jdbc.itemIds(materials.stream().map(OrderMaterial::item).toList());
    jdbc.batch(
        "INSERT INTO order_material (order_id, line_no, item_id, qty_per, per_order, scrap_pct,"
            + " required_qty, issued_qty, operation_seq, issue_method, warehouse_code)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        materials,
        (p, m) ->
            p.id(order)
                .integer(m.line())
                .id(items.get(m.item()))
                .decimal(m.qtyPer())
                .bool(m.perOrder())
                .decimal(m.scrapPct())
                .decimal(m.requiredQty())
                .decimal(m.issuedQty())
                .integer(m.operationSeq())
                .text(m.issueMethod().name())
                .text(m.warehouse()));
  }

  @Override
  public void saveIssued(long order, List<OrderMaterial> materials) {
    Jdbc.of(em)
        .batch(
            "UPDATE order_material SET issued_qty = ? WHERE order_id = ? AND line_no = ?",
            materials,
            (p, m) -> p.decimal(m.issuedQty()).id(order).integer(m.line()));
  }

  @Override
  public List<OrderOperation> operations(long order) {
    return operationsOf(List.of(order)).getOrDefault(order, List.of());
  }

  @Override
  public Map<Long, List<OrderOperation>> operationsOf(Collection<Long> orders) {
    return byOrder(OrderOperationRows.OF_ORDERS, orders, OrderOperationRows::operation);
  }

  @Override
  public List<DispatchList.OrderData> onTheFloor(
      Collection<String> workCenters, Collection<String> numbers) {
    Map<Long, ProductionOrder> orders = new LinkedHashMap<>();
    Map<Long, String> descriptions = new HashMap<>();
    for (var picked :
        Map.of(
                " AND o.id IN (SELECT oo.order_id FROM order_operation oo WHERE oo.status <> 'DONE'"
                    + " AND oo.work_center_code IN (%s))",
                workCenters, " AND o.order_number IN (%s)", numbers)
            .entrySet()) {
      Jdbc.of(em)
          .queryIn(
              HEADER.replace(" FROM ", ", i.description FROM ")
                  + " WHERE o.status IN ('RELEASED', 'IN_PROGRESS')"
                  + picked.getKey(),
              picked.getValue(),
              rs -> {
                ProductionOrder order = order(rs);
                orders.put(order.id(), order);
                return descriptions.put(order.id(), SqlColumns.text(rs, "description"));
              });
    }
    Map<Long, List<OrderOperation>> operations = operationsOf(orders.keySet());
    Map<Long, List<OrderMaterial>> materials = materialsOf(orders.keySet());
    Map<Long, List<Long>> documents = documentsOf(orders.keySet());
    return orders.values().stream()
        .map(
            o ->
                new DispatchList.OrderData(
                    o,
                    descriptions.get(o.id()),
                    operations.getOrDefault(o.id(), List.of()),
                    materials.getOrDefault(o.id(), List.of()),
                    documents.getOrDefault(o.id(), List.of())))
        .toList();
  }

  @Override
  public void saveOperations(long order, List<OrderOperation> operations) {
    OrderOperationRows.replace(Jdbc.of(em), order, operations);
  }

  @Override
  public void saveProgress(long order, int seq, OrderOperation.Progress progress) {
    OrderOperationRows.saveProgress(Jdbc.of(em), order, seq, progress);
  }

  @Override
  public void saveDocuments(long order, Map<Long, Integer> operationByDocument) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.update("DELETE FROM order_document WHERE order_id = ?", p -> p.id(order));
    jdbc.batch(
        "INSERT INTO order_document (order_id, document_id, operation_seq) VALUES (?, ?, ?)",
        operationByDocument.entrySet(),
        (p, e) -> p.id(order).id(e.getKey()).integer(e.getValue()));
  }

  @Override
  public List<Long> documents(long order) {
    return documentsOf(List.of(order)).getOrDefault(order, List.of());
  }

  private Map<Long, List<Long>> documentsOf(Collection<Long> orders) {
    return byOrder(
        "SELECT order_id, document_id FROM order_document WHERE order_id IN (%s)"
            + " ORDER BY order_id, document_id",
        orders, rs -> rs.getLong(2));
  }

  @Override
  public void recordTransition(long order, OrderTransition t) {
    Jdbc jdbc = Jdbc.of(em);
    long id = jdbc.ids("order_transition_seq", 1)[0];
    jdbc.update(
        "INSERT INTO order_transition (id, order_id, action, from_status, to_status, note,"
            + " done_by, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        p ->
            p.id(id)
                .id(order)
                .text(t.action().name())
                .text(t.from().name())
                .text(t.to().name())
                .text(t.note())
                .text(t.doneBy())
                .instant(t.doneAt()));
  }

  @Override
  public List<OrderTransition> transitions(long order) {
    return Jdbc.of(em)
        .query(
            "SELECT action, from_status, to_status, note, done_by, done_at FROM order_transition"
                + " WHERE order_id = ? ORDER BY done_at, id",
            rs ->
                new OrderTransition(
                    OrderAction.valueOf(rs.getString(1)),
                    OrderStatus.valueOf(rs.getString(2)),
                    OrderStatus.valueOf(rs.getString(3)),
                    SqlColumns.text(rs, "note"),
                    rs.getString(5),
                    SqlColumns.instant(rs, "done_at")),
            order);
  }
}
