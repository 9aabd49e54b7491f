package org.officina.planning.model;

/**
 * What stands at one end of a pegging link: a supply (a planned order, an open order, a firm
 * planned order, the stock on hand) or a consumer (a demand, the release of a parent's planned or
 * firm planned order, an item's safety stock).
 */
public enum PegEnd {
  DEMAND,
  PLANNED_ORDER,
  OPEN_ORDER,
  FIRM_PLANNED_ORDER,
  STOCK,
  SAFETY_STOCK
}
