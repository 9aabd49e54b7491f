package org.officina.purchasing.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Subcontract orders, their components and returns. */
public interface SubcontractOrders {

  /** A new order number, SC-n. */
  String nextNumber();

  void insert(SubcontractOrder order, String user, Instant at);

  /** Records the firm planned order an order was made from: one order per firm order at most. */
  void madeFrom(String number, long firmPlannedOrder);

  Optional<SubcontractOrder> find(String number);

  /** The order, locked until the transaction ends. */
  Optional<SubcontractOrder> lock(String number);

  /** Writes an order's state, pieces back and what each component shipped, consumed, returned. */
  void update(SubcontractOrder order, Instant at);

  /** Orders newest first, without their components; of a supplier, open only, as asked. */
  List<SubcontractOrder> search(String supplier, boolean openOnly, int offset, int limit);

  /** The orders doing operations of a production order, with their components. */
  List<SubcontractOrder> ofProductionOrder(String productionOrder);

  void addReturn(SubcontractReturnRecord r);

  Optional<SubcontractReturnRecord> returnOf(String clientId);

  List<SubcontractReturnRecord> returns(String order);
}
