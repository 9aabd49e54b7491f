package org.officina.inventory.model;

import java.math.BigDecimal;

/**
 * Stock held for an order's material line (impegno): other orders cannot count on it, and it is
 * used up as the material is issued.
 */
public record Reservation(
    String item, String warehouse, String reference, int line, BigDecimal qty) {}
