package org.officina.planning.model;

import java.util.List;
import org.officina.shared.model.Violation;

/**
 * What firming planned orders or converting firm planned orders made: the ids of the orders made,
 * or every reason why none was.
 */
public record OrderChange(List<Long> ids, List<Violation> violations) {

  public OrderChange {
    ids = List.copyOf(ids);
    violations = List.copyOf(violations);
  }

  public static OrderChange refused(Violation violation) {
    return new OrderChange(List.of(), List.of(violation));
  }
}
