package org.officina.engineering.application;

import java.util.List;
import org.officina.engineering.model.Bill;
import org.officina.shared.model.Violation;

/** What became of a requested change to a bill of materials: saved, or refused with reasons. */
public sealed interface BillChangeOutcome {

  /** The bill as it now is. */
  record Saved(Bill bill) implements BillChangeOutcome {}

  /** The change was refused and nothing was written. */
  record Refused(Refusal refusal, List<Violation> violations) implements BillChangeOutcome {
    public Refused {
      violations = List.copyOf(violations);
    }
  }

  /** Why a change was refused. */
  enum Refusal {
    /** The lines break the rules of a bill (a cycle among them): the violations say which. */
    INVALID,
    /** No item has the parent's code. */
    NOT_FOUND,
    /** Somebody saved the bill since the requester read it. */
    STALE_VERSION
  }

  static Refused refused(Refusal refusal, List<Violation> violations) {
    return new Refused(refusal, violations);
  }
}
