package org.officina.purchasing.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.officina.purchasing.model.DeliveryNote;
import org.officina.purchasing.model.DeliveryNotes;
import org.officina.purchasing.model.ProductionWork;
import org.officina.purchasing.model.SubcontractComponent;
import org.officina.purchasing.model.SubcontractOrder;
import org.officina.purchasing.model.SubcontractOrders;
import org.officina.purchasing.model.SubcontractReturn;

/**
 * What a return or a cancellation needs to know of a subcontract order besides the order itself:
 * the lots each component went out in, and, for operations, the production order to lock first and
 * the return as the production order records it.
 */
@Dependent
public class ReturnFacts {

  @Inject SubcontractOrders orders;
  @Inject DeliveryNotes notes;
  @Inject ProductionWork production;

  /**
   * What came back of an order's components, by component line, as what came back of its production
   * order's materials, by material line (negative: back).
   */
  static Map<Integer, java.math.BigDecimal> byMaterialLine(
      SubcontractOrder order, Map<Integer, java.math.BigDecimal> backByLine) {
    Map<Integer, java.math.BigDecimal> moved = new java.util.HashMap<>();
    backByLine.forEach(
        (line, qty) -> {
          SubcontractComponent c = order.component(line);
          if (c.materialLine() != null && qty.signum() != 0) {
            moved.merge(c.materialLine(), qty.negate(), java.math.BigDecimal::add);
          }
        });
    return moved;
  }

  /** Takes a production order's lock first when the order does its operations. */
  void lockProduction(String number) {
    orders
        .find(number)
        .filter(SubcontractOrder::forOperations)
        .ifPresent(o -> production.lock(o.operations().productionOrder()));
  }

  /**
   * A return on operations as its production order records it: the pieces (rejected ones came back
   * unworked from material found unfit: scrap for the production order), whether they are all back,
   * and the materials consumed at the subcontractor from the lots shipped.
   */
  ProductionWork.OperationsReturned onOperations(
      SubcontractOrder order,
      SubcontractReturnService.Request r,
      SubcontractReturn.Plan plan,
      String at,
      Map<Integer, List<String>> shippedLots) {
    List<ProductionWork.Consumed> consumed = new ArrayList<>();
    for (SubcontractReturn.Move m : plan.moves()) {
      SubcontractComponent c = order.component(m.line());
      if (c.materialLine() != null && m.consumed().signum() > 0) {
        consumed.add(
            new ProductionWork.Consumed(
                c.materialLine(),
                c.item(),
                m.consumed(),
                shippedLots.getOrDefault(m.line(), List.of())));
      }
    }
    return new ProductionWork.OperationsReturned(
        order.number() + "#" + (orders.returns(order.number()).size() + 1),
        order.operations().productionOrder(),
        order.operations().seqs(),
        r.pieces().good(),
        r.pieces().scrapped().add(r.pieces().rejected()),
        order.done().add(r.pieces().pieces()).compareTo(order.qty()) >= 0,
        at,
        consumed);
  }

  /** The lots each component line of an order was shipped in, first shipped first. */
  Map<Integer, List<String>> shippedLots(String number) {
    Map<Integer, List<String>> lots = new java.util.HashMap<>();
    for (DeliveryNote note : notes.notesOf(number)) {
      if (!note.reversed()) {
        note.lines().stream()
            .filter(l -> l.order().equals(number) && l.lot() != null)
            .forEach(
                l -> {
                  List<String> own =
                      lots.computeIfAbsent(l.componentLine(), k -> new ArrayList<>());
                  if (!own.contains(l.lot())) {
                    own.add(l.lot());
                  }
                });
      }
    }
    return lots;
  }
}
