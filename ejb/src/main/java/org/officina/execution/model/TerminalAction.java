package org.officina.execution.model;

/** The buttons of the shop-floor terminal for an operation. */
public enum TerminalAction {
  START_SETUP,
  FINISH_SETUP,
  /** Starts the run; a setup still going is finished first. */
  START_RUN,
  /** Stops the setup or run, with a stop reason. */
  PAUSE,
  RESUME,
  /** Declares good and scrapped quantity; the run goes on. */
  DECLARE,
  /** Declares the last quantity, and the operation is done. */
  FINISH
}
