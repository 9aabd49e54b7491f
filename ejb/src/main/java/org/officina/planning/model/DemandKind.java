package org.officina.planning.model;

/**
 * What a demand is to MRP: a customer's order, a forecast (consumed by sales orders and left out
 * inside the demand time fence), or an allocation of an open order's material (dependent demand,
 * always counted).
 */
public enum DemandKind {
  SALES,
  FORECAST,
  ALLOCATION
}
