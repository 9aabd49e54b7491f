package org.officina.execution.model;

/** Where a work report came from. */
public enum ReportSource {
  /** The portal's shop-floor terminal. */
  TERMINAL,
  REST,
  JMS,
  /** A return from the subcontractor who did the operation. */
  RETURN
}
