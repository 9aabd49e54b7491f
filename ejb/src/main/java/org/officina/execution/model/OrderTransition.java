package org.officina.execution.model;

import java.time.Instant;

/** One recorded action on a production order: what was done, from which state to which, by whom. */
public record OrderTransition(
    OrderAction action,
    OrderStatus from,
    OrderStatus to,
    String note,
    String doneBy,
    Instant doneAt) {}
