package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An exception from a run that a planner can act on: its type, the item, the order it is about (an
 * open order's number or a planned order's, none for an item-wide warning), the order's date and
 * the date suggested instead, the quantity concerned, and the planner who looks after the item
 * (null: nobody in particular).
 */
public record ActionMessage(
    MessageType type,
    String item,
    String reference,
    LocalDate date,
    LocalDate suggestedDate,
    BigDecimal qty,
    String planner) {}
