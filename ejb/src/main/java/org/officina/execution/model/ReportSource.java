package org.officina.execution.model;

/** Where a work report came from. */
public enum ReportSource {
  /** The portal's shop-floor terminal. */
  TERMINAL,
  REST,
  JMS
}
