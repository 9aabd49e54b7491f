package org.officina.planning.model;

import java.util.Set;

/**
 * What changed since a plant's live plan was made, as a run finds it: the entries it read (which it
 * consumes when it commits), the items that changed, and whether something every plan depends on
 * changed, so that only a full regeneration is right.
 */
public record PendingChanges(long[] entries, Set<String> items, boolean everything) {

  public PendingChanges {
    items = Set.copyOf(items);
  }
}
