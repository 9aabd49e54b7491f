package org.officina.planning.model;

import org.officina.engineering.model.SupplyType;

/** The kinds of planned order, named as the exchange format's planned_orders.csv names them. */
public enum PlannedOrderType {
  PRODUCTION,
  PURCHASE,
  SUBCONTRACT;

  public static PlannedOrderType of(SupplyType supplyType) {
    switch (supplyType) {
      case MAKE:
        return PRODUCTION;
      case SUBCONTRACT:
        return SUBCONTRACT;
      default:
        return PURCHASE;
    }
  }
}
