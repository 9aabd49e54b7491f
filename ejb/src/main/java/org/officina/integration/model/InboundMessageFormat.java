package org.officina.integration.model;

import java.util.List;
import org.officina.engineering.model.ItemData;
import org.officina.execution.model.Declaration;
import org.officina.execution.model.ReportSource;
import org.officina.shared.model.Violation;

/**
 * How the body of a message from another system is read: what it says, or every reason it cannot be
 * read (not the format, properties unknown or of the wrong type, the item rules broken).
 */
public interface InboundMessageFormat {

  /** An item message: the item to create or revise. */
  Reading<ItemData> item(String body);

  /** A declaration from the floor, recorded as coming from the given source. */
  Reading<Declaration> declaration(String body, ReportSource source);

  /** What a message says, and what is wrong with it: nothing, when it can be applied. */
  record Reading<T>(T value, List<Violation> violations) {
    public Reading {
      violations = List.copyOf(violations);
    }
  }
}
