package org.officina.engineering.model;

/**
 * Tipo di approvvigionamento: whether an item is made in the plant, bought, or made by a
 * subcontractor from our material (conto lavoro). It decides which kind of planned order MRP
 * proposes.
 */
public enum SupplyType {
  MAKE,
  BUY,
  SUBCONTRACT
}
