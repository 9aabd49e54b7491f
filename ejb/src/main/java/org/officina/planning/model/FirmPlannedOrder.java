package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A planned order a planner firmed: kept by MRP from run to run until it is converted into an open
 * order (open: false once converted).
 */
public record FirmPlannedOrder(
    long id,
    String plant,
    String item,
    PlannedOrderType type,
    BigDecimal qty,
    LocalDate releaseDate,
    LocalDate dueDate,
    boolean open) {}
