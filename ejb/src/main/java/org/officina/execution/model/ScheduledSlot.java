package org.officina.execution.model;

import java.time.Instant;

/**
 * Where and when the published schedule runs an operation: the unit of its work center, start, end.
 */
public record ScheduledSlot(int unit, Instant start, Instant end) {}
