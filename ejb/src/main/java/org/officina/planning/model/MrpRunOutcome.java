package org.officina.planning.model;

/**
 * What a completed run produced, how long it took, and the run whose rows hold its plan.
 *
 * @param itemsTotal the items it planned: all, or those a net-change run re-planned
 */
public record MrpRunOutcome(
    long planRun,
    int itemsTotal,
    int plannedOrders,
    int peggingLinks,
    int messages,
    long beyondHorizon,
    long loadMillis,
    long planMillis,
    long writeMillis) {}
