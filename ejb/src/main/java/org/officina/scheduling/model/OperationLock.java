package org.officina.scheduling.model;

import java.time.Instant;

/** An operation a planner locked: on this unit of this work center, from this start. */
public record OperationLock(String order, int seq, String workCenter, int unit, Instant start) {}
