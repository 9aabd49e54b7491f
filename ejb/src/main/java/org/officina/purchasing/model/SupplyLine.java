package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of an open order that brings an item in: its open quantity, when it is due, whether it is
 * firm (MRP may not move it) and, for purchase and subcontract orders, the supplier.
 */
public record SupplyLine(
    SupplyOrderType type,
    String number,
    int line,
    String item,
    BigDecimal qty,
    LocalDate dueDate,
    boolean firm,
    String supplier) {}
