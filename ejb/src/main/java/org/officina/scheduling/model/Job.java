package org.officina.scheduling.model;

import java.util.List;

/**
 * An order to schedule: its operations in routing order, its weight in tardiness (from its
 * priority), its due instant ({@link Availability#NEVER} when it has none), the instant its
 * material is there (its first operation starts no sooner) and, when that is later than now, what
 * it waits for.
 */
public record Job(
    String code, int weight, long due, long release, String awaited, List<Operation> operations) {

  public Job {
    operations = List.copyOf(operations);
    if (weight < 0) {
      throw new IllegalArgumentException("order " + code + " has a negative weight");
    }
  }

  /** An order of the classic job shop: no due date, no weight, free to start at once. */
  public static Job plain(String code, List<Operation> operations) {
    return new Job(code, 1, Availability.NEVER, 0, null, operations);
  }

  public boolean hasDue() {
    return due != Availability.NEVER;
  }
}
