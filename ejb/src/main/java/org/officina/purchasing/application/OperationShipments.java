package org.officina.purchasing.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.officina.inventory.application.MaterialFlowService;
import org.officina.purchasing.model.DeliveryNote;
import org.officina.purchasing.model.ProductionWork;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.shared.model.Violation;

/**
 * What a delivery note does for subcontracted operations: the production order's pieces go out only
 * once the operation before made them, and its materials leaving (or coming back) change its
 * reservations and allocations. The caller holds the subcontract orders' locks.
 */
@Dependent
public class OperationShipments {

  @Inject ProductionWork production;
  @Inject MaterialFlowService flow;

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
      BigDecimal made =
          production.passedOn(ops.productionOrder(), ops.previousSeq()).orElse(BigDecimal.ZERO);
      BigDecimal may = order.piecesToShip(made);
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
   * What an operation's materials going out (or back) changes for its production order: its
   * reservation of them is used up as they leave, and its allocations no longer count what a
   * subcontractor holds for it.
   */
  void shipped(Map<String, SubcontractOrder> locked, List<DeliveryNote.Line> lines, boolean out) {
    java.util.Set<String> changed = new java.util.TreeSet<>();
    for (DeliveryNote.Line l : lines) {
      SubcontractOrder o = locked.get(l.order());
      if (o == null || !o.forOperations()) {
        continue;
      }
      changed.add(o.operations().productionOrder());
      o.components().stream()
          .filter(c -> c.line() == l.componentLine() && c.materialLine() != null && out)
          .forEach(
              c ->
                  flow.useReservation(o.operations().productionOrder(), c.materialLine(), l.qty()));
    }
    changed.forEach(production::heldChanged);
  }
}
