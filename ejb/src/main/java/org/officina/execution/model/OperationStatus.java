package org.officina.execution.model;

/**
 * What is happening at an operation of a production order: nothing yet (or between setup and run),
 * setup, run, a pause (of setup or run, with its stop reason), or done.
 */
public enum OperationStatus {
  WAITING,
  SETUP,
  RUNNING,
  PAUSED,
  DONE
}
