package org.officina.shared.model;

import java.util.List;

/**
 * What became of a requested change (an item, a bill, a routing, a production order, a work
 * report): done with its result, or refused with every reason and nothing written.
 */
public sealed interface Outcome<T> {

  /**
   * The change was made; its result as it now is (null when nothing is left, as after a delete).
   */
  record Done<T>(T value) implements Outcome<T> {}

  /** The change was refused and nothing was written. */
  record Refused<T>(Refusal refusal, List<Violation> violations) implements Outcome<T> {
    public Refused {
      violations = List.copyOf(violations);
    }
  }

  /** Why a change was refused: each kind is its own answer to the client. */
  enum Refusal {
    /** It breaks a rule: the violations say which. */
    INVALID,
    /** What it names does not exist. */
    NOT_FOUND,
    /** It clashes with what exists, such as a code another item already has. */
    CONFLICT,
    /** Somebody changed it since the requester read it. */
    STALE,
    /** The caller's role may not do this. */
    FORBIDDEN
  }

  static <T> Outcome<T> refused(Refusal refusal, List<Violation> violations) {
    return new Refused<>(refusal, violations);
  }

  static <T> Outcome<T> refused(Refusal refusal, Violation... violations) {
    return new Refused<>(refusal, List.of(violations));
  }

  static <T> Outcome<T> invalid(List<Violation> violations) {
    return new Refused<>(Refusal.INVALID, violations);
  }
}
