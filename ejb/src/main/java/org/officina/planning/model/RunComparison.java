package org.officina.planning.model;

import java.math.BigDecimal;

/**
 * How an item's planned orders differ between two runs (a simulation and the live plan): how many
 * and how much in each; null when the run has none for the item.
 */
public record RunComparison(
    String item, Integer ordersA, BigDecimal qtyA, Integer ordersB, BigDecimal qtyB) {}
