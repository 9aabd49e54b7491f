package org.officina.scheduling.model;

/**
 * Where and when an operation runs: its work center and unit, its start, the end of its setup and
 * its end (minutes from the origin; {@link Availability#NEVER} when it could not be placed), the
 * setup it needs there (working minutes), and what set its start.
 */
public record Placement(
    int job,
    int index,
    String workCenter,
    int unit,
    long start,
    long setupEnd,
    long end,
    long setup,
    Cause cause) {

  static Placement unschedulable(int job, int index, Cause cause) {
    return new Placement(
        job, index, null, -1, Availability.NEVER, Availability.NEVER, Availability.NEVER, 0, cause);
  }

  public boolean scheduled() {
    return end != Availability.NEVER;
  }
}
