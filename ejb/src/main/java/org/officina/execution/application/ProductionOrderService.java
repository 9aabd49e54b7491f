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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.engineering.application.BillOfMaterialsService;
import org.officina.engineering.application.DocumentService;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.application.RoutingService;
import org.officina.engineering.model.Bill;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.Document;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.Routing;
import org.officina.execution.model.OrderAction;
import org.officina.execution.model.OrderCopy;
import org.officina.execution.model.OrderMaterial;
import org.officina.execution.model.OrderOperation;
import org.officina.execution.model.OrderRules;
import org.officina.execution.model.OrderSearch;
import org.officina.execution.model.OrderStatus;
import org.officina.execution.model.OrderTerms;
import org.officina.execution.model.ProductionOrder;
import org.officina.execution.model.ProductionOrders;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PlannedOrderType;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Page;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Production orders found and made: by hand or from firm planned orders, each with its own copy of
 * the bill and routing valid on its start date, which the planner may then change for that order
 * alone ({@link OrderRevisionService}).
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
public class ProductionOrderService {

  /** The plant of orders made by hand: Officina plans one plant today. */
  static final String PLANT = "MAIN";

  @Inject ProductionOrders orders;
  @Inject OrderBook book;
  @Inject ItemService items;
  @Inject BillOfMaterialsService bills;
  @Inject RoutingService routings;
  @Inject DocumentService documents;
  @Inject MaterialFlowService materialFlow;
  @Inject MrpRunService mrp;
  @Resource SessionContext session;

  public Optional<OrderDetail> find(String number) {
    return orders
        .find(number)
        .map(
            o ->
                new OrderDetail(
                    o,
                    orders.materials(o.id()),
                    orders.operations(o.id()),
                    materialFlow.reservations(o.number()),
                    orders.documents(o.id()),
                    orders.transitions(o.id())));
  }

  public Page<ProductionOrder> search(OrderSearch search) {
    return orders.search(search, LocalDate.now(ZoneId.systemDefault()));
  }

  /** Makes a planned production order by hand. */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<ProductionOrder> create(OrderTerms terms) {
    return make(terms, null, PLANT, orders.newId());
  }

  /**
   * Makes a production order of each firm planned order, all or none: each takes the planned
   * order's item, quantity and dates, is firm, and replaces it as supply. One converted already is
   * refused by the conversion, which names the order it became.
   */
  @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome<List<ProductionOrder>> createFromFirmPlannedOrders(List<Long> firmIds) {
    List<FirmPlannedOrder> found = mrp.firmPlannedOrders(firmIds);
    List<Violation> violations = new ArrayList<>();
    for (long id : firmIds) {
      Optional<FirmPlannedOrder> firm = found.stream().filter(f -> f.id() == id).findFirst();
      if (firm.isEmpty()) {
        violations.add(Violation.of("ids", "mrp.firm.unknown", FirmPlannedOrder.reference(id)));
      } else if (firm.get().type() != PlannedOrderType.PRODUCTION) {
        violations.add(
            Violation.of("ids", "order.firm.notProduction", String.valueOf(id), firm.get().type()));
      }
    }
    if (!violations.isEmpty() || firmIds.isEmpty()) {
      return Outcome.invalid(
          violations.isEmpty() ? List.of(Violation.of("ids", "value.required")) : violations);
    }
    Map<Long, Long> orderIds = new LinkedHashMap<>();
    firmIds.forEach(id -> orderIds.put(id, orders.newId()));
    OrderChange converted =
        mrp.convert(firmIds, id -> ProductionOrder.NUMBER_PREFIX + orderIds.get(id));
    if (!converted.violations().isEmpty()) {
      return Outcome.invalid(converted.violations());
    }
    List<ProductionOrder> made = new ArrayList<>();
    for (FirmPlannedOrder firm : found) {
      OrderTerms terms =
          new OrderTerms(
              firm.item(),
              firm.qty(),
              firm.releaseDate(),
              firm.dueDate(),
              null,
              null,
              null,
              true,
              null);
      Outcome<ProductionOrder> outcome =
          make(terms, firm.id(), firm.plant(), orderIds.get(firm.id()));
      if (outcome instanceof Outcome.Refused<ProductionOrder> refused) {
        session.setRollbackOnly();
        return new Outcome.Refused<>(refused.refusal(), refused.violations());
      }
      made.add(((Outcome.Done<ProductionOrder>) outcome).value());
    }
    return new Outcome.Done<>(made);
  }

  private Outcome<ProductionOrder> make(
      OrderTerms asked, Long firmPlannedOrder, String plant, long id) {
    Caller caller = Caller.of(session);
    String number = ProductionOrder.NUMBER_PREFIX + id;
    OrderTerms terms = withDefaults(asked, number);
    ItemKind kind = items.kinds(List.of(String.valueOf(terms.item()))).get(terms.item());
    List<Violation> violations = OrderRules.check(terms, kind, BigDecimal.ZERO);
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    Optional<Routing> routing = routings.routing(terms.item());
    List<OrderOperation> operations =
        OrderCopy.operations(routing.map(Routing::operations).orElse(List.of()));
    Map<String, List<BomLine>> billCache = new HashMap<>();
    List<OrderMaterial> lines =
        new OrderCopy(i -> billCache.computeIfAbsent(i, this::billLines))
            .materials(terms.item(), terms.startDate(), OrderCopy.firstOperation(operations));
    List<OrderMaterial> materials = sized(lines, terms);
    ProductionOrder order =
        new ProductionOrder(
            id,
            number,
            plant,
            terms.item(),
            terms.qty(),
            terms.warehouse(),
            terms.lot(),
            terms.startDate(),
            terms.dueDate(),
            terms.priorityOrDefault(),
            Boolean.TRUE.equals(terms.firm()),
            OrderStatus.PLANNED,
            terms.toleranceOrDefault(),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            firmPlannedOrder,
            1,
            caller.user(),
            book.now(),
            caller.user(),
            book.now());
    orders.insert(
        order,
        bills.bill(terms.item()).map(Bill::revision).orElse(null),
        routing.map(Routing::revision).orElse(null));
    orders.saveMaterials(id, materials);
    orders.saveOperations(id, operations);
    orders.saveDocuments(id, documentsOf(terms.item()));
    orders.recordTransition(id, created(caller, firmPlannedOrder));
    book.follow(order);
    return new Outcome.Done<>(orders.find(number).orElseThrow());
  }

  private OrderTerms withDefaults(OrderTerms terms, String number) {
    String warehouse =
        terms.warehouse() != null || terms.item() == null
            ? terms.warehouse()
            : materialFlow.usualWarehouse(terms.item()).orElse(null);
    String lot = terms.lot() == null || terms.lot().isBlank() ? number : terms.lot().strip();
    return new OrderTerms(
        terms.item() == null ? null : terms.item().strip(),
        terms.qty(),
        terms.startDate(),
        terms.dueDate(),
        warehouse,
        lot,
        terms.priority(),
        terms.firm(),
        terms.tolerancePct());
  }

  private List<BomLine> billLines(String item) {
    return bills.bill(item).map(Bill::lines).orElse(List.of());
  }

  private List<OrderMaterial> sized(List<OrderMaterial> lines, OrderTerms terms) {
    List<String> components = lines.stream().map(OrderMaterial::item).distinct().toList();
    Map<String, ItemKind> kinds = items.kinds(components);
    return OrderCopy.sized(
        lines,
        terms.qty(),
        terms.warehouse(),
        items.issueMethods(components),
        c -> kinds.containsKey(c) && kinds.get(c).uom().isDiscrete());
  }

  private Map<Long, Integer> documentsOf(String item) {
    Map<Long, Integer> byId = new HashMap<>();
    for (Document document : documents.of(item)) {
      byId.put(document.id(), document.operationSeq());
    }
    return byId;
  }

  private org.officina.execution.model.OrderTransition created(Caller caller, Long firm) {
    return new org.officina.execution.model.OrderTransition(
        OrderAction.CREATE,
        OrderStatus.PLANNED,
        OrderStatus.PLANNED,
        firm == null ? null : "firm planned order " + firm,
        caller.user(),
        book.now());
  }
}
