package org.officina.purchasing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.officina.engineering.application.ItemService;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.PriceLists;
import org.officina.purchasing.model.PurchaseGrouping;
import org.officina.purchasing.model.PurchaseOrder;
import org.officina.purchasing.model.PurchaseOrderLine;
import org.officina.purchasing.model.PurchaseOrderRules;
import org.officina.purchasing.model.PurchaseOrderStatus;
import org.officina.purchasing.model.PurchaseOrderSummary;
import org.officina.purchasing.model.PurchaseOrders;
import org.officina.purchasing.model.PurchaseReceipt;
import org.officina.purchasing.model.PurchasingEvent;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplierChoice;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Purchase orders (ordini fornitore): made from firm planned BUY orders, priced by the price lists
 * and gathered by supplier, or by hand; confirmed, closed or cancelled. Whatever an open order
 * still has to bring is kept as its supply lines, so that MRP counts on it and net change re-plans
 * what a change of it touches. Buyers (the planner role), administrators and other systems change
 * them; supervisors and cost accountants read them.
 */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class PurchaseOrderService {

  @Inject PurchaseOrders orders;
  @Inject PriceLists lists;
  @Inject PurchasingService purchasing;
  @Inject ItemService items;
  @Inject jakarta.enterprise.event.Event<PurchasingEvent> events;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  public Page<PurchaseOrderSummary> search(
      String supplier,
      String item,
      PurchaseOrderStatus status,
      boolean openOnly,
      int offset,
      int limit) {
    return orders.search(
        supplier,
        item,
        status,
        openOnly,
        today(),
        Math.max(0, offset),
        Math.max(1, Math.min(limit, 500)));
  }

  public Optional<PurchaseOrder> find(String number) {
    return orders.find(number);
  }

  public List<PurchaseReceipt> receipts(String number) {
    return orders.receipts(number);
  }

  /** The plant's today: the day orders are made and their prices chosen. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
  }

  /**
   * What buying these proposals today would make: drafts priced by the price lists, those of one
   * supplier and currency gathered into one order, and the proposals no list fits with the reason.
   */
  public PurchaseGrouping.Result preview(List<PurchaseGrouping.Proposal> proposals) {
    List<String> codes =
        proposals.stream().map(PurchaseGrouping.Proposal::item).distinct().toList();
    List<PriceList> all = lists.ofItems(codes);
    Map<String, String> preferred = lists.preferred(codes);
    LocalDate day = today();
    return PurchaseGrouping.group(
        proposals,
        day,
        p -> SupplierChoice.choose(p.item(), null, p.qty(), day, all, preferred.get(p.item())));
  }

  /**
   * Draft orders for firm planned BUY orders, numbered and not yet written (see {@link #preview}).
   * Refused, naming each, when a proposal has no price list that fits.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<List<PurchaseGrouping.Draft>> drafts(List<PurchaseGrouping.Proposal> proposals) {
    PurchaseGrouping.Result result = preview(proposals);
    if (!result.left().isEmpty()) {
      return Outcome.invalid(
          result.left().stream()
              .map(
                  l ->
                      new Violation(
                          FirmPlannedOrder.reference(l.proposal().id()),
                          l.reason().key(),
                          l.reason().args()))
              .toList());
    }
    return new Outcome.Done<>(
        result.drafts().stream()
            .map(
                d ->
                    new PurchaseGrouping.Draft(
                        d.order().numbered(orders.nextNumber()), d.sources()))
            .toList());
  }

  /**
   * Writes drafts made by {@link #drafts}, whose supply lines planning opened as it converted their
   * firm planned orders; each line remembers the firm planned order it came from.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void write(List<PurchaseGrouping.Draft> drafts) {
    Map<String, Map<Integer, Long>> firm = new HashMap<>();
    for (PurchaseGrouping.Draft d : drafts) {
      Map<Integer, Long> byLine = new HashMap<>();
      for (int k = 0; k < d.sources().size(); k++) {
        byLine.put(d.order().lines().get(k).line(), d.sources().get(k).id());
      }
      firm.put(d.order().number(), byLine);
    }
    orders.insert(
        drafts.stream().map(PurchaseGrouping.Draft::order).toList(), firm, user(), clock.instant());
  }

  /**
   * Makes a draft by hand. A line without a unit price takes the supplier's price list of today for
   * its quantity, in the order's currency, when there is one; a draft is confirmed only once every
   * line has a price.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<PurchaseOrder> create(PurchaseOrder draft) {
    PurchaseOrder order =
        new PurchaseOrder(
            null,
            draft.supplier(),
            draft.currency(),
            today(),
            draft.tolerancePct(),
            PurchaseOrderStatus.DRAFT,
            draft.lines());
    List<Violation> violations = check(order);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    PurchaseOrder made = priced(order).numbered(orders.nextNumber());
    orders.insert(List.of(made), Map.of(), user(), clock.instant());
    keepSupply(made);
    return new Outcome.Done<>(made);
  }

  /** Replaces the lines and tolerance of a draft; a line keeps the firm order it came from. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<PurchaseOrder> edit(String number, PurchaseOrder changed) {
    Optional<PurchaseOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return notFound(number);
    }
    PurchaseOrder was = found.get();
    if (was.status() != PurchaseOrderStatus.DRAFT) {
      return Outcome.refused(
          Outcome.Refusal.CONFLICT,
          Violation.of("status", "purchase.cannot.edit", number, was.status()));
    }
    PurchaseOrder order =
        new PurchaseOrder(
            number,
            was.supplier(),
            was.currency(),
            was.orderDate(),
            changed.tolerancePct(),
            PurchaseOrderStatus.DRAFT,
            changed.lines());
    List<Violation> violations = check(order);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    PurchaseOrder edited = priced(order);
    orders.replaceDraft(edited, clock.instant());
    keepSupply(edited);
    return new Outcome.Done<>(edited);
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<PurchaseOrder> confirm(String number) {
    Outcome<PurchaseOrder> confirmed = change(number, PurchaseOrder::confirm);
    if (confirmed instanceof Outcome.Done<PurchaseOrder> done) {
      events.fire(
          new PurchasingEvent(
              PurchasingEvent.Type.PurchaseOrderConfirmed,
              number,
              done.value().supplier(),
              null,
              null,
              user(),
              clock.instant()));
    }
    return confirmed;
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<PurchaseOrder> close(String number) {
    return change(number, PurchaseOrder::close);
  }

  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<PurchaseOrder> cancel(String number) {
    return change(number, PurchaseOrder::cancel);
  }

  private Outcome<PurchaseOrder> change(
      String number, java.util.function.Function<PurchaseOrder, Outcome<PurchaseOrder>> step) {
    Optional<PurchaseOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return notFound(number);
    }
    Outcome<PurchaseOrder> outcome = step.apply(found.get());
    if (outcome instanceof Outcome.Done<PurchaseOrder> done) {
      orders.update(done.value(), clock.instant());
      keepSupply(done.value());
    }
    return outcome;
  }

  /** Keeps the order's supply lines as what it still has to bring. */
  private void keepSupply(PurchaseOrder order) {
    purchasing.keep(SupplyOrderType.PURCHASE, order.number(), order.supply());
  }

  private List<Violation> check(PurchaseOrder order) {
    Map<String, Boolean> suppliers =
        purchasing.suppliers().stream()
            .collect(Collectors.toMap(Supplier::code, Supplier::subcontractor));
    List<String> codes =
        order.lines().stream()
            .map(PurchaseOrderLine::item)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    return PurchaseOrderRules.check(order, suppliers, items.kinds(codes));
  }

  /** The order with each unpriced line priced by its supplier's list, when one fits. */
  private PurchaseOrder priced(PurchaseOrder order) {
    List<String> codes = order.lines().stream().map(PurchaseOrderLine::item).distinct().toList();
    List<PriceList> own =
        lists.ofItems(codes).stream()
            .filter(l -> l.supplier().equals(order.supplier()))
            .filter(l -> l.currency().equals(order.currency()))
            .toList();
    UnaryOperator<PurchaseOrderLine> price =
        l ->
            l.unitPrice() != null
                ? l
                : new PurchaseOrderLine(
                    l.line(),
                    l.item(),
                    l.qty(),
                    SupplierChoice.choose(l.item(), null, l.qty(), order.orderDate(), own, null)
                        .chosen()
                        .map(SupplierChoice.Quote::unitPrice)
                        .orElse(null),
                    l.dueDate(),
                    l.received());
    List<PurchaseOrderLine> lines = new ArrayList<>();
    order.lines().forEach(l -> lines.add(price.apply(l)));
    return new PurchaseOrder(
        order.number(),
        order.supplier(),
        order.currency(),
        order.orderDate(),
        order.tolerancePct(),
        order.status(),
        lines);
  }

  static <T> Outcome<T> notFound(String number) {
    return Outcome.refused(
        Outcome.Refusal.NOT_FOUND, Violation.of("number", "purchase.notFound", number));
  }

  private String user() {
    return session.getCallerPrincipal().getName();
  }
}
