package org.officina.execution.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.officina.execution.model.Declaration;
import org.officina.execution.model.OperationStatus;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderOperation;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.execution.model.ReportSource;
import org.officina.execution.model.WorkKind;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.model.LotLink;
import org.officina.inventory.model.MovementReason;
import org.officina.purchasing.model.ProductionWork;
import org.officina.purchasing.model.RoutedOrder;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * A production order's side of its subcontracted operations: a return is progress on the
 * operations, as a declaration from the floor would be (the next operation then has the pieces),
 * and the materials consumed at the subcontractor are used up there into the order's lot, so its
 * genealogy reaches the lots shipped. The materials count as issued to the order from the moment
 * they leave for the subcontractor until they come back.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class SubcontractedWork implements ProductionWork {

  @Inject ProductionOrders orders;
  @Inject DeclarationEffects effects;
  @Inject MaterialFlowService materialFlow;
  @Inject OrderBook book;
  @Resource SessionContext session;

  /** The order as its subcontracted operations see it. */
  static RoutedOrder routed(
      ProductionOrder order, List<OrderOperation> operations, List<OrderMaterial> materials) {
    return new RoutedOrder(
        order.number(),
        order.item(),
        order.qty(),
        order.startDate(),
        order.dueDate(),
        order.warehouse(),
        operations.stream()
            .map(
                o ->
                    new RoutedOrder.Step(
                        o.seq(), o.parentSeq(), o.subcontractor(), o.subcontractCost()))
            .toList(),
        materials.stream()
            .map(
                m ->
                    new RoutedOrder.Material(
                        m.line(),
                        m.item(),
                        m.qtyPer(),
                        m.perOrder(),
                        m.scrapPct(),
                        m.operationSeq()))
            .toList());
  }

  @Override
  @RolesAllowed({
    Roles.PLANNER,
    Roles.SUPERVISOR,
    Roles.OPERATOR,
    Roles.COST_ACCOUNTANT,
    Roles.ADMIN,
    Roles.INTEGRATION
  })
  public Optional<RoutedOrder> routed(String productionOrder) {
    return orders
        .find(productionOrder)
        .map(o -> routed(o, orders.operations(o.id()), orders.materials(o.id())));
  }

  @Override
  public void lock(String productionOrder) {
    orders.lock(productionOrder);
  }

  @Override
  @RolesAllowed({
    Roles.PLANNER,
    Roles.SUPERVISOR,
    Roles.OPERATOR,
    Roles.COST_ACCOUNTANT,
    Roles.ADMIN,
    Roles.INTEGRATION
  })
  public Optional<BigDecimal> passedOn(String productionOrder, int seq) {
    return orders.find(productionOrder).stream()
        .flatMap(o -> orders.operations(o.id()).stream())
        .filter(o -> o.seq() == seq)
        .map(o -> o.progress().goodQty())
        .findFirst();
  }

  @Override
  public List<Violation> returned(OperationsReturned r) {
    ProductionOrder order = orders.lock(r.productionOrder()).orElse(null);
    if (order == null) {
      return List.of(Violation.of("order", "order.notFound", r.productionOrder()));
    }
    if (!order.status().acceptsWork()) {
      return List.of(
          Violation.of("order", "workReport.orderState", order.number(), order.status()));
    }
    List<OrderMaterial> materials = orders.materials(order.id());
    List<Violation> missing = consume(order, r);
    if (!missing.isEmpty()) {
      return missing;
    }
    Set<Integer> group = new HashSet<>(r.seqs());
    // Their materials were consumed at the subcontractor: nothing of them is backflushed here.
    List<OrderMaterial> here =
        materials.stream().filter(m -> !group.contains(m.operationSeq())).toList();
    Caller caller = Caller.of(session);
    for (int k = 0; k < r.seqs().size(); k++) {
      int seq = r.seqs().get(k);
      boolean last = k == r.seqs().size() - 1;
      ProductionOrder current = orders.find(order.number()).orElseThrow();
      List<OrderOperation> operations = orders.operations(order.id());
      OrderOperation operation =
          operations.stream().filter(o -> o.seq() == seq).findFirst().orElseThrow();
      boolean finishes = r.finishes() && operation.progress().status() != OperationStatus.DONE;
      Declaration d =
          new Declaration(
                  r.key() + "/" + seq,
                  order.number(),
                  seq,
                  WorkKind.RUN,
                  BigDecimal.ZERO,
                  last ? r.good() : r.good().add(r.scrapped()),
                  last ? r.scrapped() : BigDecimal.ZERO,
                  null,
                  null,
                  finishes,
                  List.of(),
                  List.of(),
                  ReportSource.RETURN,
                  null)
              .receivedAt(book.now());
      if (d.declaredQty().signum() == 0 && !finishes) {
        continue;
      }
      Outcome<WorkReportService.Applied> applied =
          effects.apply(
              caller, current, operation, operations, here, List.of(d), operation.progress());
      if (applied instanceof Outcome.Refused<WorkReportService.Applied> refused) {
        session.setRollbackOnly();
        return refused.violations();
      }
    }
    return List.of();
  }

  /**
   * Uses up at the subcontractor's warehouse what the return consumed there, each lot into the
   * order's lot: the materials were counted as issued to the order when they left.
   */
  private List<Violation> consume(ProductionOrder order, OperationsReturned r) {
    if (r.consumed().isEmpty()) {
      return List.of();
    }
    Outcome<List<MaterialFlowService.Moved>> moved =
        materialFlow.move(
            order.number(),
            r.consumed().stream()
                .map(
                    c ->
                        new MaterialFlowService.Move(
                            c.item(), r.warehouse(), c.lots(), c.qty(), null, MovementReason.ISSUE))
                .toList());
    if (moved instanceof Outcome.Refused<List<MaterialFlowService.Moved>> refused) {
      return refused.violations();
    }
    Instant now = book.now();
    materialFlow.link(
        ((Outcome.Done<List<MaterialFlowService.Moved>>) moved)
            .value().stream()
                .filter(m -> m.lot() != null)
                .map(
                    m ->
                        new LotLink(
                            order.item(),
                            order.lot(),
                            m.item(),
                            m.lot(),
                            m.qty(),
                            order.number(),
                            now))
                .toList());
    return List.of();
  }

  @Override
  public void materialsMoved(String productionOrder, Map<Integer, BigDecimal> byMaterialLine) {
    ProductionOrder order = orders.find(productionOrder).orElse(null);
    if (order == null || byMaterialLine.isEmpty()) {
      return;
    }
    orders.saveIssued(
        order.id(),
        orders.materials(order.id()).stream()
            .filter(m -> byMaterialLine.containsKey(m.line()))
            .map(m -> m.withIssued(m.issuedQty().add(byMaterialLine.get(m.line()))))
            .toList());
    byMaterialLine.forEach(
        (line, qty) -> {
          if (qty.signum() > 0) {
            materialFlow.useReservation(productionOrder, line, qty);
          }
        });
    book.follow(order);
  }
}
