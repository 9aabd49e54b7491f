package org.officina.purchasing.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Subcontract orders, their components, delivery notes and returns. */
public interface SubcontractOrders {

  /** A new order number, SC-n. */
  String nextNumber();

  /** The next delivery note number of a year, taken under a lock so that none is skipped. */
  long nextNoteNumber(int year);

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

  void insertNote(DeliveryNote note);

  Optional<DeliveryNote> note(String number);

  /** The notes, newest first; of a supplier when one is given. */
  List<DeliveryNote> notes(String supplier, int limit);

  /** The notes that sent something for an order. */
  List<DeliveryNote> notesOf(String order);

  void markReversed(String number);

  void addReturn(SubcontractReturnRecord r);

  Optional<SubcontractReturnRecord> returnOf(String clientId);

  List<SubcontractReturnRecord> returns(String order);
}
