package org.officina.purchasing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.engineering.application.ItemService;
import org.officina.purchasing.model.ExternalPhases;
import org.officina.purchasing.model.OperationOrders;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.PriceLists;
import org.officina.purchasing.model.ProductionWork;
import org.officina.purchasing.model.RoutedOrder;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractOrderStatus;
import org.officina.purchasing.model.SubcontractOrders;
import org.officina.purchasing.model.SupplierChoice;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Subcontracted operations (conto lavoro di fase): when a production order is released, its
 * external operations get their subcontract orders, consecutive operations of one subcontractor
 * together; a group is split into an order per operation while nothing of it was shipped; when the
 * production order goes back to planned or is cancelled, its subcontract orders are cancelled,
 * which is refused while a subcontractor holds anything of them.
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
public class SubcontractedOperationService {

  @Inject SubcontractOrders orders;
  @Inject PriceLists lists;
  @Inject PurchasingService purchasing;
  @Inject SubcontractOrderService subcontracts;
  @Inject ProductionWork production;
  @Inject ItemService items;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  /** The orders that do a production order's operations, cancelled ones too. */
  public List<SubcontractOrder> of(String productionOrder) {
    return orders.ofProductionOrder(productionOrder);
  }

  /**
   * The pieces the operation before an order's operations has passed on: none for a whole item or
   * operations that open the routing.
   */
  public BigDecimal passedOn(SubcontractOrder o) {
    if (!o.forOperations() || o.operations().previousSeq() == null) {
      return BigDecimal.ZERO;
    }
    return production
        .passedOn(o.operations().productionOrder(), o.operations().previousSeq())
        .orElse(BigDecimal.ZERO);
  }

  /**
   * The subcontract orders of a released production order's external operations; those it already
   * has when it has some.
   */
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<List<SubcontractOrder>> release(RoutedOrder order) {
    List<SubcontractOrder> live = live(order.number());
    if (!live.isEmpty()) {
      return new Outcome.Done<>(live);
    }
    return make(order, ExternalPhases.group(order.phases()));
  }

  /**
   * The production order's pieces still at subcontractors, one refusal per order holding some: an
   * order is not completed while its pieces are out, or nobody knows where they are.
   */
  public List<Violation> piecesOut(String productionOrder) {
    return live(productionOrder).stream()
        .flatMap(
            o ->
                o.components().stream()
                    .filter(c -> c.inProcess() && c.held().signum() > 0)
                    .map(
                        c ->
                            Violation.of(
                                "subcontract_orders",
                                "subcontract.operation.piecesOut",
                                productionOrder,
                                c.held().stripTrailingZeros().toPlainString(),
                                o.number(),
                                o.supplier())))
        .toList();
  }

  /**
   * Cancels a production order's subcontract orders as it goes back to planned or is cancelled:
   * refused, naming them, while a subcontractor holds anything of one.
   */
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<List<String>> withdraw(String productionOrder) {
    List<SubcontractOrder> live = new ArrayList<>();
    for (SubcontractOrder o : live(productionOrder)) {
      // Changed meanwhile perhaps (cancelled, split): what counts is the order as locked.
      orders.lock(o.number()).filter(SubcontractOrder::alive).ifPresent(live::add);
    }
    List<Violation> shipped =
        live.stream()
            .filter(o -> o.status() != SubcontractOrderStatus.OPEN || o.shippedAnything())
            .map(
                o ->
                    Violation.of(
                        "subcontract_orders",
                        "subcontract.operation.shipped",
                        productionOrder,
                        o.number()))
            .toList();
    if (!shipped.isEmpty()) {
      return Outcome.refused(Outcome.Refusal.CONFLICT, shipped);
    }
    List<String> cancelled = new ArrayList<>();
    for (SubcontractOrder o : live) {
      cancel(o);
      cancelled.add(o.number());
    }
    return new Outcome.Done<>(cancelled);
  }

  /**
   * Splits an order for several operations into an order per operation, each shipping what the one
   * before it made, while nothing of it was shipped: the operations can then go to the
   * subcontractor one at a time.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<List<SubcontractOrder>> ungroup(String number) {
    orders
        .find(number)
        .filter(SubcontractOrder::forOperations)
        .ifPresent(o -> production.lock(o.operations().productionOrder()));
    Optional<SubcontractOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return SubcontractOrderService.notFound(number);
    }
    SubcontractOrder o = found.get();
    if (!o.forOperations() || o.operations().seqs().size() < 2) {
      return conflict("subcontract.ungroup.single", number);
    }
    if (!o.splittable()) {
      return conflict("subcontract.ungroup.shipped", number);
    }
    Optional<RoutedOrder> routed = production.routed(o.operations().productionOrder());
    if (routed.isEmpty()) {
      return conflict("subcontract.ungroup.noOrder", number);
    }
    cancel(o);
    Outcome<List<SubcontractOrder>> made =
        make(
            routed.get(),
            ExternalPhases.ungroup(
                new ExternalPhases.Group(
                    o.supplier(), o.operations().seqs(), o.operations().previousSeq())));
    if (made instanceof Outcome.Refused<List<SubcontractOrder>>) {
      session.setRollbackOnly();
    }
    return made;
  }

  /** The orders not cancelled nor closed. */
  private List<SubcontractOrder> live(String productionOrder) {
    return orders.ofProductionOrder(productionOrder).stream()
        .filter(SubcontractOrder::alive)
        .toList();
  }

  private void cancel(SubcontractOrder o) {
    SubcontractOrder cancelled = ((Outcome.Done<SubcontractOrder>) o.cancel()).value();
    orders.update(cancelled, clock.instant());
    subcontracts.keep(cancelled);
  }

  private Outcome<List<SubcontractOrder>> make(
      RoutedOrder order, List<ExternalPhases.Group> groups) {
    Map<String, Boolean> suppliers = new HashMap<>();
    purchasing.suppliers().forEach(s -> suppliers.put(s.code(), s.subcontractor()));
    List<Violation> violations = new ArrayList<>();
    for (ExternalPhases.Group g : groups) {
      if (!Boolean.TRUE.equals(suppliers.get(g.subcontractor()))) {
        violations.add(
            Violation.of(
                "operations",
                "subcontract.operation.notSubcontractor",
                order.number(),
                g.firstSeq(),
                g.subcontractor()));
      }
    }
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    List<SubcontractOrder> numbered = new ArrayList<>();
    String user = session.getCallerPrincipal().getName();
    for (SubcontractOrder o :
        OperationOrders.of(
            order,
            groups,
            prices(order, groups),
            items.consumptionTolerances(
                order.materials().stream().map(RoutedOrder.Material::item).distinct().toList()),
            subcontracts.today())) {
      SubcontractOrder n = o.numbered(orders.nextNumber());
      orders.insert(n, user, clock.instant());
      numbered.add(n);
    }
    return new Outcome.Done<>(numbered);
  }

  /** Each operation's price from its subcontractor's list of today, where it has one. */
  private Map<Integer, OperationOrders.Price> prices(
      RoutedOrder order, List<ExternalPhases.Group> groups) {
    List<PriceList> all = lists.ofItems(List.of(order.item()));
    Map<Integer, OperationOrders.Price> prices = new HashMap<>();
    for (ExternalPhases.Group g : groups) {
      List<PriceList> its =
          all.stream().filter(l -> l.supplier().equals(g.subcontractor())).toList();
      for (int seq : g.seqs()) {
        SupplierChoice.choose(
                order.item(), seq, order.qty(), subcontracts.today(), its, g.subcontractor())
            .chosen()
            .ifPresent(
                q ->
                    prices.put(
                        seq,
                        new OperationOrders.Price(
                            q.unitPrice(), q.list().currency(), q.list().leadTimeDays())));
      }
    }
    return prices;
  }

  private static <T> Outcome<T> conflict(String key, String number) {
    return Outcome.refused(Outcome.Refusal.CONFLICT, Violation.of("number", key, number));
  }
}
