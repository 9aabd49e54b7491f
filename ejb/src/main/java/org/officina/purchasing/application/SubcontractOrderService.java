package org.officina.purchasing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.officina.demand.application.DemandService;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;
import org.officina.engineering.application.BillOfMaterialsService;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.model.Bill;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemRules;
import org.officina.execution.model.OrderCopy;
import org.officina.execution.model.OrderMaterial;
import org.officina.inventory.application.WarehouseService;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.PriceListRules;
import org.officina.purchasing.model.PriceLists;
import org.officina.purchasing.model.SubcontractComponent;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractOrderStatus;
import org.officina.purchasing.model.SubcontractOrders;
import org.officina.purchasing.model.SubcontractReturnRecord;
import org.officina.purchasing.model.SupplierChoice;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Subcontract orders for a whole item (conto lavoro di prodotto): made from firm planned
 * subcontract orders or by hand, with the components of the item's bill on the ship date and the
 * subcontractor's price from its price list; closed once the subcontractor holds nothing of them.
 * What an open order still brings back is MRP supply, and what it still needs shipped is dependent
 * demand on the ship date, so that stock at the subcontractor covers that order and no other.
 */
@Stateless
@RolesAllowed({
  Roles.PLANNER,
  Roles.SUPERVISOR,
  Roles.COST_ACCOUNTANT,
  Roles.ADMIN,
  Roles.INTEGRATION
})
public class SubcontractOrderService {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** What a subcontract order is made of: where it comes from, for whom, how many, by when. */
  public record Terms(
      Long firmPlannedOrder,
      String supplier,
      String item,
      BigDecimal qty,
      LocalDate shipDate,
      LocalDate dueDate,
      BigDecimal unitPrice,
      String currency,
      String warehouse,
      BigDecimal tolerancePct) {

    /**
     * The terms of a firm planned subcontract order: its item, quantity and dates (the release date
     * is when the components leave), its subcontractor and price left to the price lists.
     */
    public static Terms of(FirmPlannedOrder f, String warehouse) {
      return new Terms(
          f.id(),
          null,
          f.item(),
          f.qty(),
          f.releaseDate(),
          f.dueDate(),
          null,
          null,
          warehouse,
          null);
    }
  }

  @Inject SubcontractOrders orders;
  @Inject PriceLists lists;
  @Inject PurchasingService purchasing;
  @Inject BillOfMaterialsService bills;
  @Inject DemandService demand;
  @Inject ItemService items;
  @Inject WarehouseService warehouses;
  @Resource SessionContext session;
  Clock clock = Clock.systemUTC();

  public Optional<SubcontractOrder> find(String number) {
    return orders.find(number);
  }

  public List<SubcontractOrder> search(String supplier, boolean openOnly, int offset, int limit) {
    return orders.search(
        supplier, openOnly, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
  }

  public List<SubcontractReturnRecord> returns(String number) {
    return orders.returns(number);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
  }

  /**
   * The subcontractor and price for each of these terms that names none, from the price lists of
   * today (the preferred subcontractor first), or why none fits, by index.
   */
  public Map<Integer, SupplierChoice.Outcome> quotes(List<Terms> terms) {
    List<String> codes = terms.stream().map(Terms::item).distinct().toList();
    List<PriceList> all = lists.ofItems(codes);
    Map<String, String> preferred = lists.preferred(codes);
    Map<Integer, SupplierChoice.Outcome> quotes = new HashMap<>();
    for (int k = 0; k < terms.size(); k++) {
      Terms t = terms.get(k);
      quotes.put(
          k,
          t.item() == null || t.qty() == null || t.qty().signum() <= 0
              ? new SupplierChoice.Outcome(
                  null, Violation.of("qty", "value.positive", String.valueOf(t.qty())))
              : SupplierChoice.choose(
                  t.item(), null, t.qty(), today(), all, preferred.get(t.item())));
    }
    return quotes;
  }

  /**
   * Makes orders, all or none: each with the components of its item's bill on its ship date, and
   * its subcontractor and price from the price lists when the terms name none. Refused, naming each
   * order's terms by index (or by firm planned order), when something is wrong.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<List<SubcontractOrder>> create(List<Terms> terms) {
    Map<String, Boolean> suppliers = new HashMap<>();
    purchasing.suppliers().forEach(s -> suppliers.put(s.code(), s.subcontractor()));
    Map<Integer, SupplierChoice.Outcome> quotes = quotes(terms);
    // Each item's bill read once for the checks and the components of all the orders.
    Map<String, List<BomLine>> billLines = new HashMap<>();
    Function<String, List<BomLine>> billOf =
        i -> billLines.computeIfAbsent(i, k -> bills.bill(k).map(Bill::lines).orElse(List.of()));
    List<Violation> violations = new ArrayList<>();
    List<SubcontractOrder> made = new ArrayList<>();
    // The terms each order was made from: a tolerance they leave out is each component item's own.
    List<Terms> madeFrom = new ArrayList<>();
    for (int k = 0; k < terms.size(); k++) {
      Terms t = terms.get(k);
      String where =
          t.firmPlannedOrder() == null
              ? "orders[" + (k + 1) + "]"
              : FirmPlannedOrder.reference(t.firmPlannedOrder());
      SupplierChoice.Quote quote = quotes.get(k).quote();
      String supplier =
          t.supplier() != null ? t.supplier() : quote == null ? null : quote.supplier();
      if (supplier == null) {
        Violation reason = quotes.get(k).refusal();
        violations.add(new Violation(where, reason.key(), reason.args()));
        continue;
      }
      List<Violation> own = check(t, supplier, suppliers, billOf);
      own.forEach(v -> violations.add(new Violation(where + "." + v.field(), v.key(), v.args())));
      if (!own.isEmpty()) {
        continue;
      }
      boolean quoted = quote != null && quote.supplier().equals(supplier);
      madeFrom.add(t);
      made.add(
          new SubcontractOrder(
              null,
              supplier,
              t.item(),
              t.qty(),
              t.shipDate(),
              t.dueDate(),
              t.unitPrice() != null ? t.unitPrice() : quoted ? quote.unitPrice() : null,
              t.currency() != null ? t.currency() : quoted ? quote.list().currency() : null,
              t.warehouse(),
              SubcontractOrderStatus.OPEN,
              null,
              null,
              null,
              components(t, billOf)));
    }
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    Map<String, BigDecimal> tolerances = items.consumptionTolerances(componentItems(made));
    for (int k = 0; k < made.size(); k++) {
      if (madeFrom.get(k).tolerancePct() == null) {
        SubcontractOrder o = made.get(k);
        made.set(
            k,
            o.withComponents(
                o.components().stream()
                    .map(c -> c.withTolerance(tolerances.get(c.item())))
                    .toList()));
      }
    }
    List<SubcontractOrder> numbered = new ArrayList<>();
    for (int k = 0; k < made.size(); k++) {
      SubcontractOrder o = made.get(k).numbered(orders.nextNumber());
      orders.insert(o, user(), clock.instant());
      numbered.add(o);
    }
    return new Outcome.Done<>(numbered);
  }

  /**
   * Records the firm planned order each order was made from, once planning converted it: the
   * database holds one order per firm planned order.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public void madeFrom(Map<String, Long> firmByOrder) {
    firmByOrder.forEach(orders::madeFrom);
  }

  /** Makes an order by hand, with its supply and allocations. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<SubcontractOrder> createByHand(Terms terms) {
    Outcome<List<SubcontractOrder>> made = create(List.of(terms));
    if (made instanceof Outcome.Refused<List<SubcontractOrder>> refused) {
      return Outcome.refused(refused.refusal(), refused.violations());
    }
    SubcontractOrder order = ((Outcome.Done<List<SubcontractOrder>>) made).value().get(0);
    keep(order);
    return new Outcome.Done<>(order);
  }

  /** Keeps an order's supply (pieces still out) and allocations (components still to ship). */
  @RolesAllowed({Roles.PLANNER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
  public void keep(SubcontractOrder order) {
    purchasing.keep(SupplyOrderType.SUBCONTRACT, order.number(), order.supply());
    demand.follow(
        order.number(),
        order.toShip().stream()
            .map(
                s ->
                    new DemandLine(
                        DemandType.ALLOCATION,
                        order.number(),
                        s.line(),
                        s.item(),
                        s.qty(),
                        order.shipDate(),
                        null))
            .toList());
  }

  /** Closes an order once the subcontractor holds nothing of it. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<SubcontractOrder> close(String number) {
    Optional<SubcontractOrder> found = orders.lock(number);
    if (found.isEmpty()) {
      return notFound(number);
    }
    Outcome<SubcontractOrder> closed = found.get().close();
    if (closed instanceof Outcome.Done<SubcontractOrder> done) {
      orders.update(done.value(), clock.instant());
      keep(done.value());
    }
    return closed;
  }

  static <T> Outcome<T> notFound(String number) {
    return Outcome.refused(
        Outcome.Refusal.NOT_FOUND, Violation.of("number", "subcontract.notFound", number));
  }

  private List<Violation> check(
      Terms t,
      String supplier,
      Map<String, Boolean> suppliers,
      Function<String, List<BomLine>> billOf) {
    List<Violation> violations = new ArrayList<>();
    if (!suppliers.containsKey(supplier)) {
      violations.add(Violation.of("supplier", "supplier.notFound", supplier));
    } else if (!suppliers.get(supplier)) {
      violations.add(Violation.of("supplier", "supplier.notSubcontractor", supplier));
    }
    if (t.qty() == null || t.qty().signum() <= 0) {
      violations.add(Violation.of("qty", "value.positive", String.valueOf(t.qty())));
    } else if (t.qty().compareTo(PriceListRules.MAX_VALUE) > 0) {
      violations.add(Violation.of("qty", "value.range", t.qty(), 0, PriceListRules.MAX_VALUE));
    } else if (t.item() != null) {
      ItemKind kind = items.kinds(List.of(t.item())).get(t.item());
      if (kind != null) {
        violations.addAll(ItemRules.checkQuantity("qty", t.qty(), kind.uom()));
      }
    }
    if (t.currency() != null && !PriceListRules.isCurrency(t.currency())) {
      violations.add(Violation.of("currency", "priceList.currency", t.currency()));
    }
    if (t.unitPrice() != null) {
      PriceListRules.bounded("unit_price", t.unitPrice(), false, violations);
    }
    if (t.tolerancePct() != null
        && (t.tolerancePct().signum() < 0 || t.tolerancePct().compareTo(HUNDRED) > 0)) {
      violations.add(Violation.of("tolerance_pct", "value.range", t.tolerancePct(), 0, HUNDRED));
    }
    if (t.dueDate() == null || t.shipDate() == null) {
      violations.add(Violation.of("due_date", "value.required"));
    } else if (t.shipDate().isAfter(t.dueDate())) {
      violations.add(Violation.of("ship_date", "subcontract.shipAfterDue", t.shipDate()));
    }
    if (t.warehouse() == null || t.warehouse().isBlank()) {
      violations.add(Violation.of("warehouse", "value.required"));
    } else if (!warehouses.isOurs(t.warehouse())) {
      violations.add(Violation.of("warehouse", "subcontract.notOurWarehouse", t.warehouse()));
    }
    if (t.item() == null || billOf.apply(t.item()).isEmpty()) {
      violations.add(Violation.of("item", "subcontract.noBill", String.valueOf(t.item())));
    }
    return violations;
  }

  private static List<String> componentItems(List<SubcontractOrder> made) {
    return made.stream()
        .flatMap(o -> o.components().stream())
        .map(SubcontractComponent::item)
        .distinct()
        .toList();
  }

  /**
   * The item's bill on the ship date, phantoms exploded, as the order's components, with the
   * tolerance the terms give (null: each item's own, added later).
   */
  private static List<SubcontractComponent> components(
      Terms t, Function<String, List<BomLine>> billOf) {
    List<OrderMaterial> materials = new OrderCopy(billOf).materials(t.item(), t.shipDate(), 0);
    return materials.stream()
        .map(
            m ->
                new SubcontractComponent(
                    m.line(),
                    m.item(),
                    m.qtyPer(),
                    m.perOrder(),
                    m.scrapPct(),
                    t.tolerancePct(),
                    null,
                    null,
                    null))
        .toList();
  }

  private String user() {
    return session.getCallerPrincipal().getName();
  }
}
