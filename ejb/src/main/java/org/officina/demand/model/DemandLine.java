package org.officina.demand.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of demand: a sales order line or a forecast of an item, due on a date. */
public record DemandLine(
    DemandType type,
    String number,
    int line,
    String item,
    BigDecimal qty,
    LocalDate dueDate,
    String customer) {}
