package org.officina.execution.model;

/** What a work report declares: setup time, run time with quantities, or a stop (fermo). */
public enum WorkKind {
  SETUP,
  RUN,
  DOWNTIME
}
