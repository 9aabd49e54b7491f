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
import org.officina.inventory.application.MaterialFlowService;
import org.officina.inventory.application.WarehouseService;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PlannedOrderType;
import org.officina.purchasing.application.PurchaseOrderService;
import org.officina.purchasing.application.SubcontractOrderService;
import org.officina.purchasing.model.PurchaseGrouping;
import org.officina.purchasing.model.SubcontractOrder;
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
  @Inject SubcontractOrderService subcontracts;
  @Inject MaterialFlowService materialFlow;
  @Inject WarehouseService warehouses;
  @Resource SessionContext session;

  /** The numbers of the orders made, or why none was made. */
  public Outcome<List<String>> convert(List<Long> firmIds) {
    List<FirmPlannedOrder> found = mrp.firmPlannedOrders(firmIds);
    Set<Long> make = ids(found, PlannedOrderType.PRODUCTION);
    Set<Long> buy = ids(found, PlannedOrderType.PURCHASE);
    Set<Long> subcontract = ids(found, PlannedOrderType.SUBCONTRACT);
    List<Long> others =
        firmIds.stream()
            .filter(id -> !make.contains(id) && !buy.contains(id) && !subcontract.contains(id))
            .toList();
    List<String> made = new ArrayList<>();
    if (!subcontract.isEmpty()) {
      Outcome<List<String>> sent =
          subcontract(found.stream().filter(f -> subcontract.contains(f.id())).toList());
      if (sent instanceof Outcome.Refused<List<String>> refused) {
        session.setRollbackOnly();
        return refused;
      }
      made.addAll(((Outcome.Done<List<String>>) sent).value());
    }
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

  /**
   * Subcontract orders for firm planned subcontract orders, priced by the price lists, their
   * components from the bill on the release date (the ship date): planning opens their supply as it
   * converts the firm orders.
   */
  private Outcome<List<String>> subcontract(List<FirmPlannedOrder> firm) {
    Outcome<List<SubcontractOrder>> made =
        subcontracts.create(
            firm.stream()
                .map(
                    f ->
                        SubcontractOrderService.Terms.of(
                            f,
                            materialFlow
                                .usualWarehouse(f.item())
                                .filter(warehouses::isOurs)
                                .orElse(ProductionOrderService.PLANT)))
                .toList());
    if (made instanceof Outcome.Refused<List<SubcontractOrder>> refused) {
      return new Outcome.Refused<>(refused.refusal(), refused.violations());
    }
    List<SubcontractOrder> orders = ((Outcome.Done<List<SubcontractOrder>>) made).value();
    Map<Long, SubcontractOrder> byFirm = new HashMap<>();
    for (int k = 0; k < firm.size(); k++) {
      byFirm.put(firm.get(k).id(), orders.get(k));
    }
    OrderChange opened =
        mrp.convertInto(
            firm.stream().map(FirmPlannedOrder::id).toList(),
            f -> byFirm.get(f.id()).supply().get(0));
    if (!opened.violations().isEmpty()) {
      return Outcome.invalid(opened.violations());
    }
    Map<String, Long> firmByOrder = new HashMap<>();
    byFirm.forEach((id, order) -> firmByOrder.put(order.number(), id));
    subcontracts.madeFrom(firmByOrder);
    orders.forEach(subcontracts::keep);
    return new Outcome.Done<>(orders.stream().map(SubcontractOrder::number).toList());
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
