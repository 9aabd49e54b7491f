package org.officina.engineering.model;

import java.time.Instant;

/**
 * An item was created, revised or deleted: what it holds now (as it was, for a deletion), by whom
 * and when.
 */
public record ItemChanged(Change change, ItemData item, String user, Instant at) {

  /** What happened to the item. */
  public enum Change {
    CREATED,
    UPDATED,
    DELETED
  }
}
