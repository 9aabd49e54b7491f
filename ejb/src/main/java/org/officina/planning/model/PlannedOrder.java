package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * MRP's proposal: make, buy or subcontract a quantity of an item, released on a date to be received
 * on its due date. A past-due order should have been released before the planning start: its
 * release date is the date computed, earlier than the start.
 */
public record PlannedOrder(
    String item,
    PlannedOrderType type,
    BigDecimal qty,
    LocalDate releaseDate,
    LocalDate dueDate,
    boolean pastDue) {}
