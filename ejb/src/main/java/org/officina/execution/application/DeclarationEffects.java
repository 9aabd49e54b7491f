package org.officina.execution.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.ItemKind;
import org.officina.execution.model.Backflush;
import org.officina.execution.model.Declaration;
import org.officina.execution.model.OperationStatus;
import org.officina.execution.model.OrderAction;
import org.officina.execution.model.OrderCopy;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderOperation;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.ProductionEvent;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.execution.model.WorkReport;
import org.officina.execution.model.WorkReports;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.model.Issue;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.StockLevel;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Violation;

/**
 * What checked declarations do to an order: the operation's progress and totals, the backflushed
 * materials issued from stock (named lots first), the good quantity of the last operation received
 * into the order's lot, the order started and, when its last operation is finished, completed; the
 * reports recorded and the events fired. The caller holds the order's lock.
 */
@Dependent
public class DeclarationEffects {

  @Inject ProductionOrders orders;
  @Inject WorkReports reports;
  @Inject MaterialFlowService materialFlow;
  @Inject ItemService items;
  @Inject OrderBook book;

  public Outcome<WorkReportService.Applied> apply(
      Caller caller,
      ProductionOrder order,
      OrderOperation operation,
      List<OrderOperation> operations,
      List<OrderMaterial> materials,
      List<Declaration> declarations,
      OrderOperation.Progress clock) {
    List<OrderMaterial> backflushed = backflushed(materials, operation.seq());
    Map<String, Boolean> discrete = discrete(backflushed);
    List<Issue> issues = new ArrayList<>();
    List<OrderMaterial> issued = new ArrayList<>(backflushed);
    OrderOperation.Progress progress = clock;
    BigDecimal before = operation.progress().declaredQty();
    for (Declaration d : declarations) {
      for (int i = 0; i < issued.size(); i++) {
        OrderMaterial m = issued.get(i);
        BigDecimal qty = Backflush.quantity(m, before, d.declaredQty(), discrete.get(m.item()));
        if (qty.signum() > 0) {
          issues.add(issue(order, m, qty, d));
          issued.set(i, m.withIssued(m.issuedQty().add(qty)));
        }
      }
      before = before.add(d.declaredQty());
      progress = progress.counting(d);
    }
    List<Violation> violations = materialFlow.issue(issues);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    orders.saveIssued(order.id(), issued);
    orders.saveProgress(order.id(), operation.seq(), progress);
    List<WorkReport> written = record(caller, order, operation, declarations);
    boolean last = operation.seq() == OrderCopy.lastOperation(operations);
    ProductionOrder after = totals(caller, order, declarations, last);
    fire(caller, running(after), operation, progress, declarations);
    advance(caller, order, after, last && progress.status() == OperationStatus.DONE);
    return new Outcome.Done<>(new WorkReportService.Applied(written, false));
  }

  private static List<OrderMaterial> backflushed(List<OrderMaterial> materials, int seq) {
    return materials.stream()
        .filter(m -> m.issueMethod() == IssueMethod.BACKFLUSH && m.operationSeq() == seq)
        .toList();
  }

  private Map<String, Boolean> discrete(List<OrderMaterial> materials) {
    Map<String, ItemKind> kinds =
        items.kinds(materials.stream().map(OrderMaterial::item).distinct().toList());
    return materials.stream()
        .map(OrderMaterial::item)
        .distinct()
        .collect(
            Collectors.toMap(i -> i, i -> kinds.containsKey(i) && kinds.get(i).uom().isDiscrete()));
  }

  private static Issue issue(
      ProductionOrder order, OrderMaterial m, BigDecimal qty, Declaration d) {
    List<String> lots =
        d.lots().stream()
            .filter(l -> l.item().equals(m.item()))
            .map(Declaration.LotUse::lot)
            .toList();
    return new Issue(
        order.number(),
        m.line(),
        m.item(),
        m.warehouse(),
        qty,
        lots,
        order.item(),
        order.lot(),
        MovementReason.ISSUE);
  }

  private List<WorkReport> record(
      Caller caller,
      ProductionOrder order,
      OrderOperation operation,
      List<Declaration> declarations) {
    if (declarations.isEmpty()) {
      return List.of();
    }
    Instant now = book.now();
    List<WorkReport> written =
        declarations.stream()
            .map(
                d ->
                    new WorkReport(
                        0,
                        d.clientId(),
                        order.number(),
                        d.operationSeq(),
                        d.kind(),
                        operation.workCenter(),
                        d.minutes(),
                        d.goodQty(),
                        d.scrapQty(),
                        d.scrapReason(),
                        d.stopReason(),
                        d.operators(),
                        d.finishes(),
                        d.source(),
                        d.happenedAt(),
                        caller.user(),
                        now))
            .toList();
    return reports.insert(order.id(), written);
  }

  /**
   * The order with the declared scrap, and the good quantity of its last operation received into
   * stock.
   */
  private ProductionOrder totals(
      Caller caller, ProductionOrder order, List<Declaration> declarations, boolean last) {
    BigDecimal good = BigDecimal.ZERO;
    BigDecimal scrap = BigDecimal.ZERO;
    for (Declaration d : declarations) {
      good = good.add(d.goodQty());
      scrap = scrap.add(d.scrapQty());
    }
    BigDecimal received = last ? good : BigDecimal.ZERO;
    if (received.signum() > 0) {
      materialFlow.receive(
          order.number(),
          new StockLevel.Key(order.item(), order.warehouse(), null, order.lot()),
          received);
    }
    if (received.signum() == 0 && scrap.signum() == 0) {
      return order;
    }
    ProductionOrder after =
        new ProductionOrder(
            order.id(),
            order.number(),
            order.plant(),
            order.item(),
            order.qty(),
            order.warehouse(),
            order.lot(),
            order.startDate(),
            order.dueDate(),
            order.priority(),
            order.firm(),
            order.status(),
            order.tolerancePct(),
            order.goodQty().add(received),
            order.scrapQty().add(scrap),
            order.firmPlannedOrder(),
            order.version(),
            order.createdBy(),
            order.createdAt(),
            order.changedBy(),
            order.changedAt());
    if (order.status() == OrderStatus.IN_PROGRESS) {
      orders.update(after, caller.user(), book.now());
      book.follow(after);
      return orders.find(order.number()).orElseThrow();
    }
    return after;
  }

  /** The order as its operation events show it: a released order starts with its first work. */
  private static ProductionOrder running(ProductionOrder order) {
    return order.status() == OrderStatus.RELEASED
        ? order.withStatus(OrderStatus.IN_PROGRESS)
        : order;
  }

  /** Starts a released order; completes it when its last operation is done. */
  private void advance(
      Caller caller, ProductionOrder before, ProductionOrder after, boolean lastDone) {
    ProductionOrder current = after;
    if (before.status() == OrderStatus.RELEASED) {
      current =
          book.record(
              caller, before, after.withStatus(OrderStatus.IN_PROGRESS), OrderAction.START, null);
    }
    if (lastDone) {
      materialFlow.releaseReservations(current.number());
      book.record(
          caller, current, current.withStatus(OrderStatus.COMPLETED), OrderAction.COMPLETE, null);
    }
  }

  private void fire(
      Caller caller,
      ProductionOrder order,
      OrderOperation operation,
      OrderOperation.Progress progress,
      List<Declaration> declarations) {
    Instant now = book.now();
    if (operation.progress().startedAt() == null && progress.startedAt() != null) {
      book.fire(
          ProductionEvent.ofOperation(
              ProductionEvent.Type.OperationStarted,
              order,
              operation,
              null,
              null,
              caller.user(),
              now));
    }
    BigDecimal good = BigDecimal.ZERO;
    BigDecimal scrap = BigDecimal.ZERO;
    for (Declaration d : declarations) {
      good = good.add(d.goodQty());
      scrap = scrap.add(d.scrapQty());
    }
    if (good.add(scrap).signum() > 0) {
      book.fire(
          ProductionEvent.ofOperation(
              ProductionEvent.Type.QuantityDeclared,
              order,
              operation,
              good,
              scrap,
              caller.user(),
              now));
    }
    if (operation.progress().status() != OperationStatus.DONE
        && progress.status() == OperationStatus.DONE) {
      book.fire(
          ProductionEvent.ofOperation(
              ProductionEvent.Type.OperationFinished,
              order,
              operation,
              progress.goodQty(),
              progress.scrapQty(),
              caller.user(),
              now));
    }
  }
}
