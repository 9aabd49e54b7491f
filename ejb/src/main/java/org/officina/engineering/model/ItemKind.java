package org.officina.engineering.model;

/** How an item is supplied and counted: what decides which documents may refer to it. */
public record ItemKind(SupplyType supplyType, UnitOfMeasure uom) {}
