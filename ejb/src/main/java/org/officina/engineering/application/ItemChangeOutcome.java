package org.officina.engineering.application;

import java.util.List;
import org.officina.engineering.model.Item;
import org.officina.shared.model.Violation;

/** What became of a requested change to the item master: applied, or refused with the reasons. */
public sealed interface ItemChangeOutcome {

  /** The change was made; the item as it now is (null after a deletion). */
  record Applied(Item item) implements ItemChangeOutcome {}

  /** The change was refused and nothing was written. */
  record Refused(Refusal refusal, List<Violation> violations) implements ItemChangeOutcome {
    public Refused {
      violations = List.copyOf(violations);
    }
  }

  /** Why a change was refused. */
  enum Refusal {
    /** The data breaks the item rules: the violations say which. */
    INVALID,
    /** Another item already has the code. */
    CODE_TAKEN,
    /** No item has the code. */
    NOT_FOUND,
    /** Somebody changed the item since the requester read it. */
    STALE_VERSION
  }

  static Refused refused(Refusal refusal, List<Violation> violations) {
    return new Refused(refusal, violations);
  }
}
