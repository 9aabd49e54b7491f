package org.officina.demand.model;

/** Where a demand comes from: a customer's order or a forecast. */
public enum DemandType {
  SALES,
  FORECAST
}
