package org.officina.purchasing.model;

/** The kinds of open order that bring stock in. */
public enum SupplyOrderType {
  PURCHASE,
  PRODUCTION,
  SUBCONTRACT
}
