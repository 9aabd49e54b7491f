package org.officina.engineering.application;

import java.util.List;
import org.officina.shared.model.Violation;

/**
 * What became of a requested change to a product structure (a bill of materials, a routing): saved,
 * or refused with the reasons.
 */
public sealed interface ChangeOutcome<T> {

  /** What was changed, as it now is. */
  record Saved<T>(T saved) implements ChangeOutcome<T> {}

  /** The change was refused and nothing was written. */
  record Refused<T>(Refusal refusal, List<Violation> violations) implements ChangeOutcome<T> {
    public Refused {
      violations = List.copyOf(violations);
    }
  }

  /** Why a change was refused. */
  enum Refusal {
    /** The change breaks the rules (a cycle, an unknown work center): the violations say which. */
    INVALID,
    /** No item has the code. */
    NOT_FOUND,
    /** Somebody saved it since the requester read it. */
    STALE_VERSION
  }

  static <T> Refused<T> refused(Refusal refusal, List<Violation> violations) {
    return new Refused<>(refusal, violations);
  }
}
