package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.officina.shared.model.Violation;

/**
 * What subcontracted operations need of their production order, which production keeps: the pieces
 * an operation has passed on, the return of the operations recorded as their progress with the
 * materials consumed at the subcontractor put into the order's lot, and the order's materials
 * counted as issued while they are at the subcontractor.
 */
public interface ProductionWork {

  /** The production order with its operations and materials, if there is one. */
  Optional<RoutedOrder> routed(String productionOrder);

  /**
   * Takes the production order's lock before its subcontract orders', the order its own changes
   * take them in: a return and a cancellation at once then wait for each other rather than
   * deadlock.
   */
  void lock(String productionOrder);

  /** The good pieces an operation of a production order has passed on, if both exist. */
  Optional<BigDecimal> passedOn(String productionOrder, int seq);

  /**
   * Records a return of subcontracted operations on their production order, all or nothing.
   *
   * @return what is wrong, nothing written then
   */
  List<Violation> returned(OperationsReturned r);

  /**
   * The order's materials left for the subcontractor (a positive quantity, by material line) or
   * came back (negative): what is out counts as issued to the order, as it left our stock for it,
   * so the order neither reserves nor allocates it any more.
   */
  void materialsMoved(String productionOrder, java.util.Map<Integer, BigDecimal> byMaterialLine);

  /**
   * Pieces back from a subcontractor on a production order's operations: good and scrapped (the
   * scrap counted at the last of them, rejected pieces among it), whether the operations are now
   * done, and the materials consumed there by the bill, from the subcontractor's warehouse and the
   * lots shipped.
   *
   * @param key names the return: the reports it gives are recognised by it
   */
  record OperationsReturned(
      String key,
      String productionOrder,
      List<Integer> seqs,
      BigDecimal good,
      BigDecimal scrapped,
      boolean finishes,
      String warehouse,
      List<Consumed> consumed) {

    public OperationsReturned {
      seqs = List.copyOf(seqs);
      consumed = List.copyOf(consumed);
    }
  }

  /** A material of the production order consumed at the subcontractor. */
  record Consumed(int materialLine, String item, BigDecimal qty, List<String> lots) {
    public Consumed {
      lots = List.copyOf(lots);
    }
  }
}
