package org.officina.planning.model;

import java.time.LocalDate;

/**
 * Which server runs a day's nightly MRP: every server of a cluster wakes at the same time, and the
 * first to claim the day runs it; a day is claimed once, by a database constraint.
 */
public interface NightlyClaims {

  /** Claims the day for the server named; false when another claimed it first. */
  boolean claim(LocalDate day, String server);
}
