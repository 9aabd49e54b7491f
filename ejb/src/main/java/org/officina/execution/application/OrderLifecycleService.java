package org.officina.execution.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.engineering.model.IssueMethod;
import org.officina.execution.model.Feasibility;
import org.officina.execution.model.OrderAction;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderNeeds;
import org.officina.execution.model.OrderOperation;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.execution.model.ReservationPlan;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.application.SubcontractedOperationService;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SupplyLine;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * A production order's life after it is made: the feasibility check, release with its reservations
 * and automatic issues, taking it back, start, completion, closing and cancellation, each by the
 * roles its rules name and recorded with its user and time.
 */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.OPERATOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class OrderLifecycleService {

  @Inject ProductionOrders orders;
  @Inject OrderNeeds needs;
  @Inject OrderBook book;
  @Inject MaterialFlowService materialFlow;
  @Inject AutomaticIssue automatic;
  @Inject PurchasingService purchasing;
  @Inject SubcontractedOperationService subcontracted;
  @Resource SessionContext session;

  /**
   * Whether each material can be had: what the order still needs, the free stock, and the day the
   * open supply completes it.
   */
  public Optional<List<Feasibility>> feasibility(String number) {
    return orders.find(number).map(o -> feasibility(o, orders.materials(o.id())));
  }

  private List<Feasibility> feasibility(ProductionOrder order, List<OrderMaterial> materials) {
    Map<String, Map<String, BigDecimal>> free =
        FreeStock.of(order, materials, materialFlow, needs, false);
    Map<String, List<Feasibility.Receipt>> receipts = new HashMap<>();
    for (SupplyLine line :
        purchasing.supplyOf(materials.stream().map(OrderMaterial::item).distinct().toList())) {
      receipts
          .computeIfAbsent(line.item(), i -> new ArrayList<>())
          .add(new Feasibility.Receipt(line.dueDate(), line.qty()));
    }
    LocalDate today = LocalDate.now(ZoneId.systemDefault());
    List<Feasibility> result = new ArrayList<>();
    for (OrderMaterial m : materials) {
      Map<String, BigDecimal> stock = free.get(m.warehouse());
      BigDecimal available = stock.getOrDefault(m.item(), BigDecimal.ZERO);
      result.add(Feasibility.of(m, available, receipts.getOrDefault(m.item(), List.of()), today));
      stock.put(m.item(), available.subtract(m.openQty()).max(BigDecimal.ZERO));
    }
    return result;
  }

  /**
   * Releases an order to the floor: its automatic materials issued, the others reserved as far as
   * stock goes, its external operations given their subcontract orders. A material short is
   * refused, with the day it will be there, unless the planner accepts shortages; an automatic
   * material must be in stock.
   */
  public Outcome<ProductionOrder> release(String number, boolean acceptShortages, Long version) {
    Caller caller = Caller.of(session);
    OrderBook.Taken taken = book.take(caller, number, OrderAction.RELEASE, version);
    if (taken.refused() != null) {
      return taken.refusal();
    }
    ProductionOrder order = taken.order();
    if (orders.operations(order.id()).isEmpty()) {
      return Outcome.invalid(
          List.of(Violation.of("operations", "order.release.noOperations", number)));
    }
    List<OrderMaterial> materials = orders.materials(order.id());
    List<Violation> shortages =
        shortages(feasibility(order, materials), materials, acceptShortages);
    if (!shortages.isEmpty()) {
      return Outcome.invalid(shortages);
    }
    Outcome<List<SubcontractOrder>> subcontract =
        subcontracted.release(
            SubcontractedWork.routed(order, orders.operations(order.id()), materials));
    if (subcontract instanceof Outcome.Refused<List<SubcontractOrder>> refused) {
      session.setRollbackOnly();
      return Outcome.refused(refused.refusal(), refused.violations());
    }
    List<Violation> issued = automatic.issue(order, materials);
    if (!issued.isEmpty()) {
      return Outcome.invalid(issued);
    }
    List<OrderMaterial> now = orders.materials(order.id());
    materialFlow.reserve(
        number,
        ReservationPlan.of(number, now, FreeStock.of(order, now, materialFlow, needs, true)));
    return done(
        book.record(
            caller, order, order.withStatus(OrderStatus.RELEASED), OrderAction.RELEASE, null));
  }

  private static List<Violation> shortages(
      List<Feasibility> feasibility, List<OrderMaterial> materials, boolean acceptShortages) {
    Map<Integer, IssueMethod> methods = new HashMap<>();
    materials.forEach(m -> methods.put(m.line(), m.issueMethod()));
    List<Violation> violations = new ArrayList<>();
    for (Feasibility f : feasibility) {
      if (!f.isShort()) {
        continue;
      }
      boolean automatic = methods.get(f.line()) == IssueMethod.AUTOMATIC;
      if (automatic || !acceptShortages) {
        String key =
            automatic
                ? "order.release.automaticShort"
                : f.availableOn() == null ? "order.release.shortNoSupply" : "order.release.short";
        violations.add(
            Violation.of(
                "materials",
                key,
                f.item(),
                f.warehouse(),
                f.shortage().toPlainString(),
                String.valueOf(f.availableOn())));
      }
    }
    return violations;
  }

  /**
   * Takes an order that is released, in progress or completed a step on: back to planned (nothing
   * declared: what was issued goes back to stock), started, completed (its reservations freed),
   * closed, or cancelled (nothing declared: reservations freed, issues returned).
   */
  public Outcome<ProductionOrder> act(
      String number, OrderAction action, String note, Long version) {
    Caller caller = Caller.of(session);
    if (action == OrderAction.RELEASE
        || action == OrderAction.EDIT
        || action == OrderAction.CREATE) {
      return Outcome.invalid(List.of(Violation.of("action", "order.action.notHere", action)));
    }
    OrderBook.Taken taken = book.take(caller, number, action, version);
    if (taken.refused() != null) {
      return taken.refusal();
    }
    ProductionOrder order = taken.order();
    boolean undoes = action == OrderAction.UNRELEASE || action == OrderAction.CANCEL;
    if (undoes && declared(order)) {
      return Outcome.invalid(List.of(Violation.of("action", "order.workDeclared", number, action)));
    }
    if (undoes && subcontracted.withdraw(number) instanceof Outcome.Refused<List<String>> refused) {
      return Outcome.refused(refused.refusal(), refused.violations());
    }
    if (action == OrderAction.COMPLETE) {
      List<Violation> out = subcontracted.piecesOut(number);
      if (!out.isEmpty()) {
        return Outcome.refused(Outcome.Refusal.CONFLICT, out);
      }
    }
    if (undoes || action == OrderAction.COMPLETE || action == OrderAction.CLOSE) {
      materialFlow.releaseReservations(number);
    }
    if (undoes) {
      materialFlow.returnIssued(number);
      orders.saveIssued(
          order.id(),
          orders.materials(order.id()).stream().map(m -> m.withIssued(BigDecimal.ZERO)).toList());
    }
    ProductionOrder after = order.withStatus(action.target(order.status()));
    return done(book.record(caller, order, after, action, blankAsNull(note)));
  }

  private boolean declared(ProductionOrder order) {
    return orders.operations(order.id()).stream()
        .map(OrderOperation::progress)
        .anyMatch(p -> p.startedAt() != null || p.declaredQty().signum() > 0);
  }

  private static String blankAsNull(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }

  private static Outcome<ProductionOrder> done(ProductionOrder order) {
    return new Outcome.Done<>(order);
  }
}
