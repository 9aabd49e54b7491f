package org.officina.planning.model;

import java.time.Instant;

/**
 * A run as it is kept, to follow it and to compare runs: its request, who asked and when, its state
 * and progress (items planned of all items), what it produced, how long each phase took, and why it
 * failed if it did.
 */
public record MrpRunRecord(
    long id,
    MrpRunRequest request,
    MrpRunStatus status,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant endedAt,
    int attempts,
    Integer itemsTotal,
    Integer itemsPlanned,
    Integer plannedOrders,
    Integer peggingLinks,
    Integer messages,
    Integer beyondHorizon,
    Long loadMillis,
    Long planMillis,
    Long writeMillis,
    String failure,
    boolean live) {}
