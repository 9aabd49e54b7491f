package org.officina.purchasing.application;

import static java.util.stream.Collectors.toMap;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemRules;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.application.WarehouseService;
import org.officina.inventory.model.LotLink;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.StockLevel;
import org.officina.purchasing.model.DeliveryNotes;
import org.officina.purchasing.model.PriceListRules;
import org.officina.purchasing.model.ProductionWork;
import org.officina.purchasing.model.PurchasingEvent;
import org.officina.purchasing.model.SubcontractComponent;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractOrderStatus;
import org.officina.purchasing.model.SubcontractOrders;
import org.officina.purchasing.model.SubcontractReturn;
import org.officina.purchasing.model.SubcontractReturnRecord;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Returns from subcontractors (rientri) and cancellations: the good pieces into our warehouse in a
 * lot whose genealogy names the component lots consumed for it at the subcontractor, the components
 * consumed there by the bill, those of rejected pieces and any leftovers brought back, not into
 * available stock for the rejected; the cost of the work recorded. A return sent again with its
 * client id changes nothing.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class SubcontractReturnService {

  private static final int MOST_TEXT = 40;

  /** The largest amount a return records (DECIMAL(18,6) holds less than 10^12). */
  private static final BigDecimal MOST_AMOUNT = new BigDecimal("100000000000");

  /**
   * A return: the pieces, where the good ones go and in which lot (the order's number when none),
   * where rejected ones' components go (a warehouse MRP does not count), whether and where the
   * leftovers come back, the consumption the subcontractor declares by component line, and the
   * price per good piece when it differs from the order's.
   */
  public record Request(
      String clientId,
      SubcontractReturn.Request pieces,
      String warehouse,
      String lot,
      String rejectedWarehouse,
      String leftoversWarehouse,
      BigDecimal unitPrice) {}

  /** A return recorded, the order as it now is, and whether it was a repeat. */
  public record Returned(SubcontractReturnRecord record, SubcontractOrder order, boolean repeat) {}

  @Inject SubcontractOrders orders;
  @Inject DeliveryNotes notes;
  @Inject SubcontractOrderService subcontracts;
  @Inject WarehouseService warehouses;
  @Inject ItemService items;
  @Inject MaterialFlowService flow;
  @Inject ProductionWork production;
  @Inject ReturnFacts returns;
  @Inject jakarta.enterprise.event.Event<PurchasingEvent> events;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  public Outcome<Returned> receive(String number, Request r) {
    Optional<Outcome<Returned>> repeat = repeat(number, r);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    returns.lockProduction(number);
    Optional<SubcontractOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return SubcontractOrderService.notFound(number);
    }
    repeat = repeat(number, r);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    SubcontractOrder order = found.get();
    String warehouse = r.warehouse() == null ? order.warehouse() : r.warehouse();
    String lot = r.lot() == null ? order.number() : r.lot();
    SubcontractReturn.Plan plan =
        SubcontractReturn.plan(order.qty(), order.soFar(), order.components(), r.pieces());
    if (!plan.refusals().isEmpty()) {
      return Outcome.invalid(plan.refusals());
    }
    List<Violation> violations = check(order, r, warehouse, lot);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    // Nothing held without a shipment, and shipments made the subcontractor's warehouse.
    String at = warehouses.ownWarehouse(order.supplier()).orElse(null);
    Map<Integer, List<String>> shippedLots = returns.shippedLots(order.number());
    List<MaterialFlowService.Move> moves = new ArrayList<>();
    for (SubcontractReturn.Move m : plan.moves()) {
      SubcontractComponent c = order.component(m.line());
      if (c.inProcess()) {
        continue;
      }
      List<String> lots = shippedLots.getOrDefault(m.line(), List.of());
      if (!order.forOperations()) {
        add(moves, m.item(), at, lots, m.consumed(), null, MovementReason.ISSUE);
      }
      add(
          moves,
          m.item(),
          at,
          lots,
          m.rejectedBack(),
          r.rejectedWarehouse(),
          MovementReason.TRANSFER);
      add(
          moves,
          m.item(),
          at,
          lots,
          m.leftoverBack(),
          leftovers(order, r),
          MovementReason.TRANSFER);
    }
    if (order.forOperations()) {
      ProductionWork.OperationsReturned worked =
          returns.onOperations(order, r, plan, at, shippedLots);
      // Leftovers alone are no work: they come back even once the production order is done.
      List<Violation> refused =
          r.pieces().pieces().signum() == 0 && worked.consumed().isEmpty()
              ? List.of()
              : production.returned(worked);
      if (!refused.isEmpty()) {
        session.setRollbackOnly();
        return Outcome.invalid(refused);
      }
    }
    Outcome<List<MaterialFlowService.Moved>> moved = flow.move(number, moves);
    if (moved instanceof Outcome.Refused<List<MaterialFlowService.Moved>> refused) {
      return Outcome.refused(refused.refusal(), refused.violations());
    }
    Instant now = clock.instant();
    // An operation's good pieces go on to the next operation, not into stock.
    if (r.pieces().good().signum() > 0 && !order.forOperations()) {
      flow.receive(
          number, new StockLevel.Key(order.item(), warehouse, null, lot), r.pieces().good());
      flow.link(
          ((Outcome.Done<List<MaterialFlowService.Moved>>) moved)
              .value().stream()
                  .filter(m -> m.to() == null && m.lot() != null)
                  .map(m -> new LotLink(order.item(), lot, m.item(), m.lot(), m.qty(), number, now))
                  .toList());
    }
    SubcontractOrder after = order.returned(r.pieces(), plan.after());
    BigDecimal price = r.unitPrice() != null ? r.unitPrice() : order.unitPrice();
    SubcontractReturnRecord record =
        new SubcontractReturnRecord(
            0,
            r.clientId(),
            number,
            r.pieces().good(),
            r.pieces().scrapped(),
            r.pieces().rejected(),
            warehouse,
            lot,
            price,
            price == null
                ? null
                : price.multiply(r.pieces().good()).setScale(6, java.math.RoundingMode.HALF_UP),
            now,
            session.getCallerPrincipal().getName());
    orders.update(after, now);
    orders.addReturn(record);
    subcontracts.keep(after);
    if (order.forOperations()) {
      production.materialsMoved(
          order.operations().productionOrder(),
          ReturnFacts.byMaterialLine(
              order, plan.moves().stream().collect(toMap(m -> m.line(), m -> m.back()))));
    }
    events.fire(
        new PurchasingEvent(
            PurchasingEvent.Type.SubcontractReturnPosted,
            number,
            order.supplier(),
            order.item(),
            r.pieces().good(),
            record.returnedBy(),
            now));
    return new Outcome.Done<>(new Returned(record, after, false));
  }

  /**
   * Cancels an order of which no piece came back: whatever the subcontractor holds of it comes back
   * to the warehouse the order receives into, and its supply and allocations go.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<SubcontractOrder> cancel(String number) {
    returns.lockProduction(number);
    Optional<SubcontractOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return SubcontractOrderService.notFound(number);
    }
    SubcontractOrder order = found.get();
    Outcome<SubcontractOrder> cancelled = order.cancel();
    if (!(cancelled instanceof Outcome.Done<SubcontractOrder> done)) {
      return cancelled;
    }
    // Nothing held without a shipment, and shipments made the subcontractor's warehouse.
    String at = warehouses.ownWarehouse(order.supplier()).orElse(null);
    Map<Integer, List<String>> shippedLots = returns.shippedLots(number);
    List<MaterialFlowService.Move> back = new ArrayList<>();
    order.components().stream()
        .filter(c -> !c.inProcess())
        .forEach(
            c ->
                add(
                    back,
                    c.item(),
                    at,
                    shippedLots.getOrDefault(c.line(), List.of()),
                    c.held(),
                    order.warehouse(),
                    MovementReason.TRANSFER));
    Outcome<List<MaterialFlowService.Moved>> moved = flow.move(number, back);
    if (moved instanceof Outcome.Refused<List<MaterialFlowService.Moved>> refused) {
      return Outcome.refused(refused.refusal(), refused.violations());
    }
    SubcontractOrder after =
        done.value()
            .withComponents(
                order.components().stream().map(c -> c.after(BigDecimal.ZERO, c.held())).toList());
    orders.update(after, clock.instant());
    subcontracts.keep(after);
    if (order.forOperations()) {
      production.materialsMoved(
          order.operations().productionOrder(),
          ReturnFacts.byMaterialLine(
              order,
              order.components().stream()
                  .collect(toMap(SubcontractComponent::line, SubcontractComponent::held))));
    }
    return new Outcome.Done<>(after);
  }

  private List<Violation> check(SubcontractOrder order, Request r, String warehouse, String lot) {
    List<Violation> violations = new ArrayList<>();
    boolean leftoversOnly =
        r.pieces().leftoversBack()
            && r.pieces().pieces().signum() == 0
            && order.status() == SubcontractOrderStatus.RETURNED;
    if (!order.status().open() && !leftoversOnly) {
      violations.add(Violation.of("status", "subcontract.notOpen", order.number(), order.status()));
    }
    if (r.clientId() != null && r.clientId().length() > 100) {
      violations.add(Violation.of("client_id", "text.tooLong", 100));
    }
    if (lot.length() > MOST_TEXT) {
      violations.add(Violation.of("lot", "text.tooLong", MOST_TEXT));
    }
    java.util.Set<String> ours = warehouses.ours();
    if (!ours.contains(warehouse)) {
      violations.add(Violation.of("warehouse", "subcontract.notOurWarehouse", warehouse));
    }
    UnitOfMeasure uom =
        Optional.ofNullable(items.kinds(List.of(order.item())).get(order.item()))
            .map(ItemKind::uom)
            .orElse(null);
    Map.of(
            "good",
            r.pieces().good(),
            "scrapped",
            r.pieces().scrapped(),
            "rejected",
            r.pieces().rejected())
        .forEach(
            (field, qty) -> {
              if (qty.signum() > 0) {
                violations.addAll(ItemRules.checkQuantity(field, qty, uom));
              }
            });
    r.pieces()
        .declared()
        .forEach(
            (line, qty) -> {
              if (qty.compareTo(PriceListRules.MAX_VALUE) > 0) {
                violations.add(
                    Violation.of("consumed", "value.range", qty, 0, PriceListRules.MAX_VALUE));
              }
            });
    BigDecimal price = r.unitPrice() != null ? r.unitPrice() : order.unitPrice();
    if (price != null
        && (price.signum() < 0 || price.multiply(r.pieces().good()).compareTo(MOST_AMOUNT) > 0)) {
      violations.add(Violation.of("unit_price", "value.range", price, 0, PriceListRules.MAX_VALUE));
    }
    BigDecimal rejected = r.pieces().rejected();
    if (rejected != null && rejected.signum() > 0 && !quarantine(r.rejectedWarehouse())) {
      violations.add(
          Violation.of(
              "rejected_warehouse",
              "subcontract.rejectedNotApart",
              String.valueOf(r.rejectedWarehouse())));
    }
    if (r.pieces().leftoversBack() && !ours.contains(leftovers(order, r))) {
      violations.add(
          Violation.of("leftovers_warehouse", "subcontract.notOurWarehouse", leftovers(order, r)));
    }
    return violations;
  }

  /** Whether a warehouse is ours and MRP does not count it: where rejected material waits. */
  private boolean quarantine(String code) {
    return code != null
        && warehouses.warehouses().stream()
            .anyMatch(w -> w.code().equals(code) && w.subcontractor() == null && !w.nettable());
  }

  private static String leftovers(SubcontractOrder order, Request r) {
    return r.leftoversWarehouse() == null ? order.warehouse() : r.leftoversWarehouse();
  }

  private static void add(
      List<MaterialFlowService.Move> moves,
      String item,
      String from,
      List<String> lots,
      BigDecimal qty,
      String to,
      MovementReason reason) {
    if (qty.signum() > 0) {
      moves.add(new MaterialFlowService.Move(item, from, lots, qty, to, reason));
    }
  }

  private Optional<Outcome<Returned>> repeat(String number, Request r) {
    if (r.clientId() == null) {
      return Optional.empty();
    }
    Optional<SubcontractReturnRecord> recorded = orders.returnOf(r.clientId());
    if (recorded.isEmpty()) {
      return Optional.empty();
    }
    SubcontractReturnRecord was = recorded.get();
    boolean same =
        was.order().equals(number)
            && was.good().compareTo(r.pieces().good()) == 0
            && was.scrapped().compareTo(r.pieces().scrapped()) == 0
            && was.rejected().compareTo(r.pieces().rejected()) == 0;
    if (same) {
      return Optional.of(
          new Outcome.Done<>(new Returned(was, orders.find(number).orElseThrow(), true)));
    }
    return Optional.of(
        Outcome.refused(
            Outcome.Refusal.CONFLICT,
            Violation.of("client_id", "subcontract.clientIdReused", r.clientId(), was.order())));
  }
}
