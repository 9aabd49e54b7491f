package org.officina.purchasing.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.officina.purchasing.model.DeliveryNote;
import org.officina.purchasing.model.ProductionWork;
import org.officina.purchasing.model.SubcontractComponent;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractOrders;
import org.officina.shared.model.Violation;

/**
 * What a delivery note does for subcontracted operations: the production order's pieces go out only
 * once the operation before made them, and its materials leaving (or coming back) change its
 * reservations and allocations. The caller holds the subcontract orders' locks.
 */
@Dependent
public class OperationShipments {

  @Inject ProductionWork production;
  @Inject SubcontractOrders orders;
  @Inject SubcontractedOperationService subcontracted;

  /**
   * Locks the orders a note names, in number order, each production order whose operations they do
   * first: a return and an unrelease take the production order first too, so they wait for the note
   * rather than deadlock with it.
   */
  Map<String, SubcontractOrder> lock(List<String> numbers) {
    List<String> sorted = numbers.stream().sorted().distinct().toList();
    sorted.stream()
        .map(orders::find)
        .flatMap(java.util.Optional::stream)
        .filter(SubcontractOrder::forOperations)
        .map(o -> o.operations().productionOrder())
        .sorted()
        .distinct()
        .forEach(production::lock);
    Map<String, SubcontractOrder> locked = new java.util.TreeMap<>();
    sorted.forEach(n -> orders.lock(n).ifPresent(o -> locked.put(n, o)));
    return locked;
  }

  /**
   * The production order's pieces asked beyond what the operation before has passed on and is not
   * out yet, by order.
   */
  List<Violation> piecesBeyondMade(
      Map<String, SubcontractOrder> locked, List<DeliveryNoteService.Send> sends) {
    List<Violation> violations = new ArrayList<>();
    for (SubcontractOrder order : locked.values()) {
      BigDecimal asked =
          sends.stream()
              .filter(
                  s ->
                      order.number().equals(s.order())
                          && s.qty() != null
                          && inProcess(locked, s.order(), s.component()))
              .map(DeliveryNoteService.Send::qty)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (asked.signum() == 0) {
        continue;
      }
      SubcontractOrder.Operations ops = order.operations();
      BigDecimal may = order.piecesToShip(subcontracted.passedOn(order));
      if (asked.compareTo(may) > 0) {
        violations.add(
            Violation.of(
                "lines",
                "deliveryNote.piecesNotMade",
                order.number(),
                asked.stripTrailingZeros().toPlainString(),
                may.stripTrailingZeros().toPlainString(),
                ops.productionOrder(),
                ops.previousSeq()));
      }
    }
    return violations;
  }

  /** Whether an order's component line is its production order's own pieces. */
  static boolean inProcess(Map<String, SubcontractOrder> locked, String order, int line) {
    SubcontractOrder o = locked.get(order);
    return o != null && o.components().stream().anyMatch(c -> c.line() == line && c.inProcess());
  }

  /**
   * Tells each production order what of its materials went out on the lines (or came back, for a
   * note reversed): while out, they count as issued to it.
   */
  void shipped(Map<String, SubcontractOrder> locked, List<DeliveryNote.Line> lines, boolean out) {
    Map<String, Map<Integer, BigDecimal>> moved = new java.util.TreeMap<>();
    for (DeliveryNote.Line l : lines) {
      SubcontractOrder o = locked.get(l.order());
      if (o == null || !o.forOperations()) {
        continue;
      }
      SubcontractComponent c = o.component(l.componentLine());
      if (c.materialLine() != null) {
        moved
            .computeIfAbsent(o.operations().productionOrder(), k -> new java.util.HashMap<>())
            .merge(c.materialLine(), out ? l.qty() : l.qty().negate(), BigDecimal::add);
      }
    }
    moved.forEach(production::materialsMoved);
  }
}
