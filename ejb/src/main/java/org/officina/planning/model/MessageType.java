package org.officina.planning.model;

/** What an action message asks the planner to do, or what it warns about. */
public enum MessageType {
  /** An open order is due later than it is needed: bring it in to the suggested date. */
  EXPEDITE,
  /** An open order is due earlier than it is needed: push it out to the suggested date. */
  DEFER,
  /** A planned order falls near an open order's date: increase that order instead. */
  INCREASE,
  /** Part of an open order is not needed within the horizon. */
  DECREASE,
  /** An open order is not needed within the horizon. */
  CANCEL,
  /** A planned order must be released today. */
  RELEASE_NOW,
  /**
   * A planned order should have been released before the planning start, or an order is overdue.
   */
  PAST_DUE,
  /** The stock on hand at the start is below the item's safety stock. */
  BELOW_SAFETY_STOCK,
  /** An item made or subcontracted has planned orders but no bill of materials or routing. */
  NO_BOM_OR_ROUTING,
  /**
   * The item's lead time is as long as the horizon or longer: its releases cannot be planned in it.
   */
  LEAD_TIME_EXCEEDS_HORIZON,
  /**
   * The item is short inside its planning time fence, where MRP proposes no order: from the date
   * given, by the quantity given at most; the first receipt is proposed on the suggested date, the
   * fence. Expedite what is open, or order by hand.
   */
  FENCE_SHORTAGE,
  /**
   * The item is short and the run proposes no order of its kind (or none at all: messages only):
   * from the date given, by the quantity given at most.
   */
  SHORTAGE
}
