package org.officina.inventory.model;

/** Why stock changed. */
public enum MovementReason {
  /** Set to the quantity of an imported stock file. */
  IMPORT,
  /** A count found a different quantity. */
  ADJUSTMENT,
  RECEIPT,
  ISSUE,
  RETURN,
  SCRAP,
  TRANSFER
}
