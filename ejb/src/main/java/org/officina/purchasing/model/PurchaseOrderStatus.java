package org.officina.purchasing.model;

/**
 * Where a purchase order (ordine fornitore) stands. A draft is not yet sent to the supplier but is
 * already supply for MRP, as the firm planned order it came from was; so are confirmed and partly
 * received orders. Received, closed and cancelled ones bring nothing more.
 */
public enum PurchaseOrderStatus {
  DRAFT,
  CONFIRMED,
  PARTLY_RECEIVED,
  RECEIVED,
  CLOSED,
  CANCELLED;

  /** Whether what is still open on the order is expected. */
  public boolean open() {
    return this == DRAFT || this == CONFIRMED || this == PARTLY_RECEIVED;
  }
}
