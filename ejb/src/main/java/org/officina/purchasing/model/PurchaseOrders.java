package org.officina.purchasing.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.shared.model.Page;

/** Purchase orders, their lines and receipts. */
public interface PurchaseOrders {

  /** A new order number, PO-n: numbers are never reused, and a refused conversion may skip one. */
  String nextNumber();

  /**
   * Writes new orders.
   *
   * @param firmByLine for each order number, the firm planned order each line was made from
   */
  void insert(
      List<PurchaseOrder> orders,
      Map<String, Map<Integer, Long>> firmByLine,
      String user,
      Instant at);

  Optional<PurchaseOrder> find(String number);

  /** The order, locked until the transaction ends, so that receipts at once take turns. */
  Optional<PurchaseOrder> lock(String number);

  /** Writes an order's state and what each line received. */
  void update(PurchaseOrder order, Instant at);

  /** Replaces a draft's lines and tolerance. */
  void replaceDraft(PurchaseOrder order, Instant at);

  /**
   * A page of orders matching the filters (any may be null), newest first, as they stand today.
   *
   * @param openOnly only orders of which something is still expected
   */
  Page<PurchaseOrderSummary> search(
      String supplier,
      String item,
      PurchaseOrderStatus status,
      boolean openOnly,
      LocalDate today,
      int offset,
      int limit);

  /** Records a receipt; false when one with its client id was recorded before. */
  boolean addReceipt(PurchaseReceipt receipt);

  Optional<PurchaseReceipt> receiptOf(String clientId);

  List<PurchaseReceipt> receipts(String number);
}
