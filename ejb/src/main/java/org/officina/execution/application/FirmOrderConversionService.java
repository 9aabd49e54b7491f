package org.officina.execution.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.officina.execution.model.ProductionOrder;
import org.officina.planning.application.MrpRunService;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.OrderChange;
import org.officina.planning.model.PlannedOrderType;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;

/**
 * Converts firm planned orders into what each kind makes, all or none, as the MRP workbench's
 * Convert does: a make order into a production order (with its own copy of bill and routing), a buy
 * or subcontract order into an open purchase or subcontract line (MRP-id) until procurement has
 * orders of its own.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
public class FirmOrderConversionService {

  @Inject ProductionOrderService productionOrders;
  @Inject MrpRunService mrp;
  @Resource SessionContext session;

  /** The numbers of the orders made, or why none was made. */
  public Outcome<List<String>> convert(List<Long> firmIds) {
    Set<Long> make =
        mrp.firmPlannedOrders(firmIds).stream()
            .filter(f -> f.type() == PlannedOrderType.PRODUCTION)
            .map(FirmPlannedOrder::id)
            .collect(Collectors.toSet());
    List<Long> others = firmIds.stream().filter(id -> !make.contains(id)).toList();
    List<String> made = new ArrayList<>();
    if (!others.isEmpty()) {
      OrderChange opened = mrp.convert(others);
      if (!opened.violations().isEmpty()) {
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
}
