package org.officina.execution.application;

import java.util.List;
import org.officina.shared.model.Violation;

/** What became of a request on production orders: done, or refused with every reason. */
public sealed interface Outcome<T> {

  record Done<T>(T value) implements Outcome<T> {}

  /** Nothing was written. */
  record Refused<T>(Refusal refusal, List<Violation> violations) implements Outcome<T> {
    public Refused {
      violations = List.copyOf(violations);
    }
  }

  /** Why a request was refused. */
  enum Refusal {
    /** It breaks a rule: the violations say which. */
    INVALID,
    /** No order has the number. */
    NOT_FOUND,
    /** Someone changed the order since the requester read it. */
    STALE,
    /** The caller's role may not do this. */
    FORBIDDEN
  }

  static <T> Outcome<T> refused(Refusal refusal, Violation... violations) {
    return new Refused<>(refusal, List.of(violations));
  }

  static <T> Outcome<T> invalid(List<Violation> violations) {
    return new Refused<>(Refusal.INVALID, violations);
  }
}
