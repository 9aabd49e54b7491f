package org.officina.engineering.model;

import java.time.Instant;
import java.util.List;

/**
 * The routing (ciclo) of an item as it is kept: its operations and sub-operations in order, its
 * revision, who changed it last and when, and the version an editor must quote to save a change.
 */
public record Routing(
    String item,
    int revision,
    long version,
    List<RoutingOperation> operations,
    Instant changedAt,
    String changedBy) {

  public Routing {
    operations = List.copyOf(operations);
  }
}
