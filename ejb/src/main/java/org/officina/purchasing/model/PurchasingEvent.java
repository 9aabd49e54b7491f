package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something that happened in procurement that other systems may want to know: fired in the
 * transaction that makes it, published only if it commits. The document is the purchase order,
 * delivery note or subcontract order; item and quantity are set for a receipt and a return.
 */
public record PurchasingEvent(
    Type type,
    String document,
    String supplier,
    String item,
    BigDecimal qty,
    String user,
    Instant at) {

  /** The events, named as they are published. */
  public enum Type {
    PurchaseOrderConfirmed,
    GoodsReceived,
    DeliveryNotePosted,
    SubcontractReturnPosted
  }
}
