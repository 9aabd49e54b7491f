package org.officina.engineering.model;

/**
 * How a component goes from stock to the production orders that consume it (metodo di prelievo).
 */
public enum IssueMethod {
  /** Issued whole when the order is released (prelievo automatico). */
  AUTOMATIC,
  /** Issued by the warehouse from the order's picking list (prelievo con lista). */
  PICKING_LIST,
  /** Issued when the operation that consumes it is declared, in proportion (backflush). */
  BACKFLUSH
}
