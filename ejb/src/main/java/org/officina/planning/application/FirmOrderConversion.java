package org.officina.planning.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.officina.planning.model.FirmPlannedOrder;
import org.officina.planning.model.FirmPlannedOrders;
import org.officina.planning.model.OrderChange;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.SupplyLine;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.shared.model.Violation;

/**
 * Turns firm planned orders into open orders, all or none. Planning decides which firm orders may
 * go (each must exist and not be an open order already); purchasing, which keeps the open orders,
 * opens their supply lines.
 */
@Dependent
class FirmOrderConversion {

  @Inject FirmPlannedOrders firmOrders;
  @Inject PurchasingService purchasing;

  /**
   * Converts the firm planned orders, each into the supply line given for it (asked only once all
   * may go).
   */
  OrderChange convert(Collection<Long> firmIds, Function<FirmPlannedOrder, SupplyLine> lines) {
    firmOrders.lock(firmIds);
    List<FirmPlannedOrder> found = firmOrders.find(firmIds);
    List<Violation> violations = new ArrayList<>();
    List<Long> converted = new ArrayList<>();
    for (long id : firmIds) {
      Optional<FirmPlannedOrder> firm = found.stream().filter(f -> f.id() == id).findFirst();
      if (firm.isEmpty()) {
        violations.add(Violation.of("id", "mrp.firm.unknown", FirmPlannedOrder.reference(id)));
      } else if (!firm.get().open()) {
        converted.add(id);
      }
    }
    violations.addAll(alreadyConverted(converted));
    if (!violations.isEmpty()) {
      return new OrderChange(List.of(), violations);
    }
    List<SupplyLine> open = found.stream().map(lines).toList();
    List<Long> opened = purchasing.open(open);
    Map<Long, Long> lineByFirm = new HashMap<>();
    for (int k = 0; k < found.size(); k++) {
      lineByFirm.put(found.get(k).id(), opened.get(k));
    }
    firmOrders.converted(lineByFirm);
    return new OrderChange(opened, List.of());
  }

  /** The supply line of an open order numbered as given, for the whole firm planned order. */
  static SupplyLine whole(FirmPlannedOrder f, String number) {
    return new SupplyLine(
        SupplyOrderType.valueOf(f.type().name()),
        number,
        1,
        f.item(),
        f.qty(),
        f.dueDate(),
        true,
        null);
  }

  /**
   * The refusals of firm planned orders converted before, each naming its open order; an order that
   * is no longer open (done, its supply line gone) is named as such.
   */
  private List<Violation> alreadyConverted(List<Long> firmIds) {
    if (firmIds.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> lines = firmOrders.supplyLines(firmIds);
    Map<Long, String> openOrders = purchasing.orderNumbers(lines.values());
    return firmIds.stream()
        .map(
            id -> {
              String openOrder = lines.containsKey(id) ? openOrders.get(lines.get(id)) : null;
              String firm = FirmPlannedOrder.reference(id);
              return openOrder == null
                  ? Violation.of("id", "mrp.firm.convertedDone", firm)
                  : Violation.of("id", "mrp.firm.converted", firm, openOrder);
            })
        .toList();
  }
}
