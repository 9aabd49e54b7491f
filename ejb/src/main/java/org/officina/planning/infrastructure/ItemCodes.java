package org.officina.planning.infrastructure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Item codes by item id, as a run's loaders look them up for every line of every bill and order:
 * ids come from a sequence, so an array indexed by id holds them in one read where a map of boxed
 * ids takes several, which was a fifth of the time a run spent loading a 200,000-item plant. Ids
 * far beyond the others (a plant whose ids were moved) go to a map.
 */
final class ItemCodes {

  private static final int DIRECT_LIMIT = 1 << 22;
  private String[] byId = new String[1024];
  private final Map<Long, String> sparse = new HashMap<>();

  void put(long id, String code) {
    if (id < 0 || id >= DIRECT_LIMIT) {
      sparse.put(id, code);
      return;
    }
    if (id >= byId.length) {
      byId = Arrays.copyOf(byId, (int) Math.min(DIRECT_LIMIT, Math.max(id + 1, 2L * byId.length)));
    }
    byId[(int) id] = code;
  }

  /** The code of the item with this id, or null for an id not given. */
  String get(long id) {
    if (id >= 0 && id < byId.length) {
      return byId[(int) id];
    }
    return sparse.get(id);
  }

  boolean containsKey(long id) {
    return get(id) != null;
  }
}
