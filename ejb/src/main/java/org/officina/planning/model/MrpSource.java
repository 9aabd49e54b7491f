package org.officina.planning.model;

/**
 * What a run may count (Fluentis's fonti di disponibilità): stock on hand, open purchase,
 * production and subcontract orders, sales orders, forecasts and allocations. Firm planned orders
 * always count: they are the plan itself.
 */
public enum MrpSource {
  STOCK,
  PURCHASE,
  PRODUCTION,
  SUBCONTRACT,
  SALES,
  FORECAST,
  ALLOCATION
}
