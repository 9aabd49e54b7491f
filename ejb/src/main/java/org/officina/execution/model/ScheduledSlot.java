package org.officina.execution.model;

import java.time.Instant;

/**
 * Where and when the published schedule runs an operation: its work center (its own, or an
 * alternate), the unit there, start and end.
 */
public record ScheduledSlot(String workCenter, int unit, Instant start, Instant end) {}
