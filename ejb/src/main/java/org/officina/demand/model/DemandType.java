package org.officina.demand.model;

/**
 * Where a demand comes from: a customer's order, a forecast, or an allocation (impegno): what an
 * open order (a production order, a subcontract order) still needs of one of its materials, due
 * when the order needs it. Allocations are dependent demand: MRP counts them whatever the fences
 * and forecasts, and they follow their orders.
 */
public enum DemandType {
  SALES,
  FORECAST,
  ALLOCATION
}
