package org.officina.resources.model;

import java.time.Duration;
import java.time.Instant;

/** A stretch of working time between two instants, start included, end excluded. */
public record WorkingInterval(Instant start, Instant end) {

  public WorkingInterval {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "a working interval must end after it starts: " + start + " - " + end);
    }
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  boolean overlaps(WorkingInterval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
