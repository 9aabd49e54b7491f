package org.officina.execution.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemRules;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.model.Issue;
import org.officina.inventory.model.IssuedLot;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.StockLevel;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Material moved between the warehouse and an order on the floor by hand: issued from its picking
 * list (or scrapped on the way), and returned. Each movement names the order; issues are checked
 * whole, and a shortage writes nothing.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN, Roles.INTEGRATION})
public class MaterialIssueService {

  @Inject ProductionOrders orders;
  @Inject OrderBook book;
  @Inject MaterialFlowService materialFlow;
  @Inject ItemService items;
  @Resource SessionContext session;

  /** A quantity of an order's material line, from or to a lot (empty: first in, first out). */
  public record Movement(int line, BigDecimal qty, String lot, MovementReason reason) {}

  /** Issues material lines to an order (ISSUE, or SCRAP for material lost on the way). */
  public Outcome<List<OrderMaterial>> issue(String number, List<Movement> movements) {
    Optional<ProductionOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, Violation.of("order", "order.notFound", number));
    }
    ProductionOrder order = found.get();
    Map<Integer, OrderMaterial> materials = byLine(orders.materials(order.id()));
    List<Violation> violations = check(order, materials, movements, null);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    List<Issue> issues = new ArrayList<>();
    for (Movement m : movements) {
      OrderMaterial material = materials.get(m.line());
      issues.add(
          new Issue(
              number,
              m.line(),
              material.item(),
              material.warehouse(),
              m.qty(),
              m.lot() == null ? List.of() : List.of(m.lot()),
              order.item(),
              order.lot(),
              m.reason()));
      materials.put(m.line(), material.withIssued(material.issuedQty().add(m.qty())));
    }
    violations = materialFlow.issue(issues);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    orders.saveIssued(order.id(), List.copyOf(materials.values()));
    book.follow(order);
    return new Outcome.Done<>(orders.materials(order.id()));
  }

  /**
   * Returns material of an order's lines to stock, to the lot and location given: only into a lot
   * the order took of the line's item and warehouse, and no more than it still holds of it.
   */
  public Outcome<List<OrderMaterial>> returnToStock(
      String number, List<Movement> movements, String location) {
    Optional<ProductionOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND, Violation.of("order", "order.notFound", number));
    }
    ProductionOrder order = found.get();
    Map<Integer, OrderMaterial> materials = byLine(orders.materials(order.id()));
    List<Violation> violations = check(order, materials, movements, materialFlow.issuedTo(number));
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    for (Movement m : movements) {
      OrderMaterial material = materials.get(m.line());
      materialFlow.returnToStock(
          number,
          new StockLevel.Key(material.item(), material.warehouse(), location, m.lot()),
          m.qty());
      materials.put(m.line(), material.withIssued(material.issuedQty().subtract(m.qty())));
    }
    orders.saveIssued(order.id(), List.copyOf(materials.values()));
    book.follow(order);
    return new Outcome.Done<>(orders.materials(order.id()));
  }

  private List<Violation> check(
      ProductionOrder order,
      Map<Integer, OrderMaterial> materials,
      List<Movement> movements,
      Map<IssuedLot, BigDecimal> held) {
    boolean returning = held != null;
    List<Violation> violations = new ArrayList<>();
    if (!order.status().acceptsWork() && !(returning && order.status() == OrderStatus.COMPLETED)) {
      violations.add(
          Violation.of("order", "workReport.orderState", order.number(), order.status()));
      return violations;
    }
    if (movements.isEmpty()) {
      violations.add(Violation.of("lines", "value.required"));
    }
    Map<String, ItemKind> kinds =
        items.kinds(materials.values().stream().map(OrderMaterial::item).distinct().toList());
    Map<Integer, BigDecimal> perLine = new HashMap<>();
    Map<IssuedLot, BigDecimal> perLot = new HashMap<>();
    for (Movement m : movements) {
      OrderMaterial material = materials.get(m.line());
      if (material == null) {
        violations.add(
            Violation.of(
                "line", "order.material.unknown", String.valueOf(m.line()), order.number()));
      } else if (!returning
          && m.reason() != MovementReason.ISSUE
          && m.reason() != MovementReason.SCRAP) {
        violations.add(Violation.of("reason", "value.oneOf", m.reason(), "ISSUE, SCRAP"));
      } else if (!returning
          && m.reason() == MovementReason.ISSUE
          && material.issueMethod() != IssueMethod.PICKING_LIST) {
        violations.add(
            Violation.of(
                "line", "order.material.issueByList", material.item(), material.issueMethod()));
      } else if (m.qty() == null || m.qty().signum() <= 0) {
        violations.add(Violation.of("qty", "value.positive", String.valueOf(m.qty())));
      } else {
        BigDecimal total = perLine.merge(m.line(), m.qty(), BigDecimal::add);
        if (returning && total.compareTo(material.issuedQty()) > 0) {
          violations.add(
              Violation.of(
                  "qty",
                  "order.material.returnTooMuch",
                  total.toPlainString(),
                  material.issuedQty().toPlainString()));
        }
        if (returning) {
          violations.addAll(intoIssuedLot(order, material, m, held, perLot));
        }
        ItemKind kind = kinds.get(material.item());
        violations.addAll(
            ItemRules.checkQuantity("qty", m.qty(), kind == null ? null : kind.uom()));
      }
    }
    return violations;
  }

  private static List<Violation> intoIssuedLot(
      ProductionOrder order,
      OrderMaterial material,
      Movement m,
      Map<IssuedLot, BigDecimal> held,
      Map<IssuedLot, BigDecimal> perLot) {
    IssuedLot lot = new IssuedLot(material.item(), material.warehouse(), m.lot());
    BigDecimal holds = held.getOrDefault(lot, BigDecimal.ZERO);
    if (holds.signum() <= 0) {
      return List.of(
          Violation.of(
              "lot",
              "order.material.returnLotNotIssued",
              lot.lot() == null ? "-" : lot.lot(),
              material.item(),
              order.number()));
    }
    BigDecimal total = perLot.merge(lot, m.qty(), BigDecimal::add);
    if (total.compareTo(holds) > 0) {
      return List.of(
          Violation.of(
              "qty",
              "order.material.returnLotTooMuch",
              total.toPlainString(),
              lot.lot(),
              holds.toPlainString()));
    }
    return List.of();
  }

  private static Map<Integer, OrderMaterial> byLine(List<OrderMaterial> materials) {
    Map<Integer, OrderMaterial> byLine = new HashMap<>();
    materials.forEach(m -> byLine.put(m.line(), m));
    return byLine;
  }
}
