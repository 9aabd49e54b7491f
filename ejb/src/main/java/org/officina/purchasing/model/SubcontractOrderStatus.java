package org.officina.purchasing.model;

/**
 * Where a subcontract order (ordine di conto lavoro) stands: open while pieces are still out,
 * partly returned after a first return, returned once every piece is back (good, scrapped or
 * rejected); closed once the subcontractor holds nothing of it; cancelled before any piece came
 * back, with everything shipped brought back.
 */
public enum SubcontractOrderStatus {
  OPEN,
  PARTLY_RETURNED,
  RETURNED,
  CLOSED,
  CANCELLED;

  /** Whether pieces are still expected back. */
  public boolean open() {
    return this == OPEN || this == PARTLY_RETURNED;
  }
}
