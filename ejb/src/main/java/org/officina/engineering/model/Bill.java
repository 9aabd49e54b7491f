package org.officina.engineering.model;

import java.time.Instant;
import java.util.List;

/**
 * The bill of materials (distinta base) of an item as it is kept: its lines in order, its revision
 * (up by one at each change), who changed it last and when, and the version an editor must quote to
 * save a change (optimistic locking).
 */
public record Bill(
    String parent,
    int revision,
    long version,
    List<BomLine> lines,
    Instant changedAt,
    String changedBy) {

  public Bill {
    lines = List.copyOf(lines);
  }
}
