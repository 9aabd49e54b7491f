package org.officina.execution.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.officina.execution.model.ProductionOrder;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PlannedOrderType;
import org.officina.purchasing.application.PurchaseOrderService;
import org.officina.purchasing.model.PurchaseGrouping;
import org.officina.purchasing.model.SupplyLine;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;

/**
 * Converts firm planned orders into what each kind makes, all or none, as the MRP workbench's
 * Convert does: a make order into a production order (with its own copy of bill and routing), buy
 * orders into draft purchase orders priced by the price lists and gathered by supplier, a
 * subcontract order into an open subcontract line (MRP-id) until subcontracting has orders of its
 * own.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
public class FirmOrderConversionService {

  @Inject ProductionOrderService productionOrders;
  @Inject MrpRunService mrp;
  @Inject PurchaseOrderService purchaseOrders;
  @Resource SessionContext session;

  /** The numbers of the orders made, or why none was made. */
  public Outcome<List<String>> convert(List<Long> firmIds) {
    List<FirmPlannedOrder> found = mrp.firmPlannedOrders(firmIds);
    Set<Long> make = ids(found, PlannedOrderType.PRODUCTION);
    Set<Long> buy = ids(found, PlannedOrderType.PURCHASE);
    List<Long> others =
        firmIds.stream().filter(id -> !make.contains(id) && !buy.contains(id)).toList();
    List<String> made = new ArrayList<>();
    if (!buy.isEmpty()) {
      Outcome<List<String>> bought = buy(found.stream().filter(f -> buy.contains(f.id())).toList());
      if (bought instanceof Outcome.Refused<List<String>> refused) {
        session.setRollbackOnly();
        return refused;
      }
      made.addAll(((Outcome.Done<List<String>>) bought).value());
    }
    if (!others.isEmpty()) {
      OrderChange opened = mrp.convert(others);
      if (!opened.violations().isEmpty()) {
        session.setRollbackOnly();
        return Outcome.invalid(opened.violations());
      }
      others.forEach(id -> made.add(FirmPlannedOrder.ORDER_PREFIX + id));
    }
    if (!make.isEmpty()) {
      Outcome<List<ProductionOrder>> orders =
          productionOrders.createFromFirmPlannedOrders(
              firmIds.stream().filter(make::contains).toList());
      if (orders instanceof Outcome.Refused<List<ProductionOrder>> refused) {
        session.setRollbackOnly();
        return new Outcome.Refused<>(refused.refusal(), refused.violations());
      }
      ((Outcome.Done<List<ProductionOrder>>) orders)
          .value()
          .forEach(order -> made.add(order.number()));
    }
    return new Outcome.Done<>(made);
  }

  private static Set<Long> ids(List<FirmPlannedOrder> found, PlannedOrderType type) {
    return found.stream()
        .filter(f -> f.type() == type)
        .map(FirmPlannedOrder::id)
        .collect(Collectors.toSet());
  }

  /**
   * Draft purchase orders for firm planned buy orders, a line each: planning opens the lines'
   * supply as it converts the firm orders, then the orders are written.
   */
  private Outcome<List<String>> buy(List<FirmPlannedOrder> firm) {
    Outcome<List<PurchaseGrouping.Draft>> drafted =
        purchaseOrders.drafts(
            firm.stream()
                .map(f -> new PurchaseGrouping.Proposal(f.id(), f.item(), f.qty(), f.dueDate()))
                .toList());
    if (drafted instanceof Outcome.Refused<List<PurchaseGrouping.Draft>> refused) {
      return new Outcome.Refused<>(refused.refusal(), refused.violations());
    }
    List<PurchaseGrouping.Draft> drafts =
        ((Outcome.Done<List<PurchaseGrouping.Draft>>) drafted).value();
    Map<Long, SupplyLine> lineOf = new HashMap<>();
    for (PurchaseGrouping.Draft d : drafts) {
      List<SupplyLine> supply = d.order().supply();
      for (int k = 0; k < d.sources().size(); k++) {
        lineOf.put(d.sources().get(k).id(), supply.get(k));
      }
    }
    OrderChange opened =
        mrp.convertInto(firm.stream().map(FirmPlannedOrder::id).toList(), f -> lineOf.get(f.id()));
    if (!opened.violations().isEmpty()) {
      return Outcome.invalid(opened.violations());
    }
    purchaseOrders.write(drafts);
    return new Outcome.Done<>(drafts.stream().map(d -> d.order().number()).toList());
  }
}
