package org.officina.purchasing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemRules;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.application.WarehouseService;
import org.officina.inventory.model.StockLevel;
import org.officina.purchasing.model.PriceListRules;
import org.officina.purchasing.model.PurchaseOrder;
import org.officina.purchasing.model.PurchaseOrderLine;
import org.officina.purchasing.model.PurchaseOrders;
import org.officina.purchasing.model.PurchaseReceipt;
import org.officina.purchasing.model.PurchasingEvent;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Goods received against purchase orders (ricevimento merci): each receipt a stock movement into a
 * warehouse, location and lot, the order's line and state brought up to date, and what is still
 * open kept as MRP supply. Receipts of one order take turns; one repeated with its client id
 * changes nothing and answers what was recorded.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class PurchaseReceiptService {

  private static final int MAX_CODE = 40;
  private static final int MAX_CLIENT_ID = 100;

  /** What a receipt asks: the client's id for it (may be null), the line, quantity and place. */
  public record Request(
      String clientId, int line, BigDecimal qty, String warehouse, String location, String lot) {}

  /** A receipt recorded, the order as it now is, and whether it was a repeat. */
  public record Received(PurchaseReceipt receipt, PurchaseOrder order, boolean repeat) {}

  @Inject PurchaseOrders orders;
  @Inject PurchasingService purchasing;
  @Inject ItemService items;
  @Inject WarehouseService warehouses;
  @Inject MaterialFlowService flow;
  @Inject jakarta.enterprise.event.Event<PurchasingEvent> events;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  public Outcome<Received> receive(String number, Request r) {
    List<Violation> violations = check(r);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    Optional<Outcome<Received>> repeat = repeat(number, r);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    Optional<PurchaseOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return PurchaseOrderService.notFound(number);
    }
    repeat = repeat(number, r);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    PurchaseOrder order = found.get();
    Optional<PurchaseOrderLine> line = order.line(r.line());
    if (line.isPresent()) {
      ItemKind kind = items.kinds(List.of(line.get().item())).get(line.get().item());
      List<Violation> unit =
          ItemRules.checkQuantity("qty", r.qty(), kind == null ? null : kind.uom());
      if (!unit.isEmpty()) {
        return Outcome.invalid(unit);
      }
    }
    Outcome<PurchaseOrder> outcome = order.receive(r.line(), r.qty());
    if (!(outcome instanceof Outcome.Done<PurchaseOrder> done)) {
      Outcome.Refused<PurchaseOrder> refused = (Outcome.Refused<PurchaseOrder>) outcome;
      return Outcome.refused(refused.refusal(), refused.violations());
    }
    PurchaseOrder after = done.value();
    PurchaseOrderLine received = after.line(r.line()).orElseThrow();
    PurchaseReceipt receipt =
        new PurchaseReceipt(
            0,
            r.clientId(),
            number,
            r.line(),
            received.item(),
            r.qty(),
            r.warehouse(),
            r.location(),
            r.lot(),
            received.unitPrice(),
            clock.instant(),
            session.getCallerPrincipal().getName());
    orders.update(after, receipt.receivedAt());
    orders.addReceipt(receipt);
    flow.receive(
        number, new StockLevel.Key(received.item(), r.warehouse(), r.location(), r.lot()), r.qty());
    purchasing.keep(SupplyOrderType.PURCHASE, number, after.supply());
    events.fire(
        new PurchasingEvent(
            PurchasingEvent.Type.GoodsReceived,
            number,
            after.supplier(),
            received.item(),
            r.qty(),
            receipt.receivedBy(),
            receipt.receivedAt()));
    return new Outcome.Done<>(new Received(receipt, after, false));
  }

  private List<Violation> check(Request r) {
    List<Violation> violations = new ArrayList<>();
    if (r.clientId() != null && r.clientId().length() > MAX_CLIENT_ID) {
      violations.add(Violation.of("client_id", "text.tooLong", MAX_CLIENT_ID));
    }
    if (r.qty() == null || r.qty().signum() <= 0) {
      violations.add(Violation.of("qty", "value.positive", String.valueOf(r.qty())));
    } else if (r.qty().compareTo(PriceListRules.MAX_VALUE) > 0) {
      violations.add(Violation.of("qty", "value.range", r.qty(), 0, PriceListRules.MAX_VALUE));
    }
    if (r.warehouse() == null || r.warehouse().isBlank()) {
      violations.add(Violation.of("warehouse", "value.required"));
    } else if (!warehouses.isOurs(r.warehouse())) {
      violations.add(Violation.of("warehouse", "purchase.notOurWarehouse", r.warehouse()));
    }
    if (r.location() != null && r.location().length() > MAX_CODE) {
      violations.add(Violation.of("location", "text.tooLong", MAX_CODE));
    }
    if (r.lot() != null && r.lot().length() > MAX_CODE) {
      violations.add(Violation.of("lot", "text.tooLong", MAX_CODE));
    }
    return violations;
  }

  /**
   * The answer to a client id already on record: the receipt recorded when this is the same receipt
   * again, a conflict naming it when the id was used for another.
   */
  private Optional<Outcome<Received>> repeat(String number, Request r) {
    if (r.clientId() == null) {
      return Optional.empty();
    }
    Optional<PurchaseReceipt> recorded = orders.receiptOf(r.clientId());
    if (recorded.isEmpty()) {
      return Optional.empty();
    }
    PurchaseReceipt was = recorded.get();
    boolean same =
        was.order().equals(number)
            && was.line() == r.line()
            && was.qty().compareTo(r.qty()) == 0
            && was.warehouse().equals(r.warehouse())
            && Objects.equals(was.location(), r.location())
            && Objects.equals(was.lot(), r.lot());
    if (same) {
      return Optional.of(
          new Outcome.Done<>(new Received(was, orders.find(number).orElseThrow(), true)));
    }
    return Optional.of(
        Outcome.refused(
            Outcome.Refusal.CONFLICT,
            Violation.of(
                "client_id",
                "purchase.receipt.clientIdReused",
                r.clientId(),
                was.order(),
                was.line())));
  }
}
