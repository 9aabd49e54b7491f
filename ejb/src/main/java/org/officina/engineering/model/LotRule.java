package org.officina.engineering.model;

/** How MRP sizes a planned order from a net requirement. */
public enum LotRule {
  /** Lot for lot: exactly the net requirement. */
  LFL,
  /** Fixed order quantity: as many lots of the fixed quantity as needed. */
  FOQ,
  /** At least the minimum, rounded up to a multiple. */
  MIN_MULT,
  /** Period order quantity: covers the requirements of a number of periods. */
  POQ
}
