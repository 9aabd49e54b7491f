package org.officina.engineering.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routings: each item's operations and sub-operations, read and written a whole routing (or many)
 * at a time.
 */
public interface Routings {
  /** Every operation of every routing, by item code and operation number. */
  /** The operations of these items' routings, by item and sequence. */
  List<RoutingOperation> of(Collection<String> items);

  List<RoutingOperation> all();

  Optional<Routing> routing(String item);

  /**
   * Replaces the operations of each routing given (creating it if new), raising its revision and
   * version; routings whose operations are unchanged are left alone.
   */
  void replace(Map<String, List<RoutingOperation>> routings, String user, Instant now);

  /**
   * Saves one routing edited by a person, if nobody saved it since they read it at the version they
   * quote (0 for a new routing). Returns whether it was saved.
   */
  boolean save(
      String item, List<RoutingOperation> operations, long version, String user, Instant now);

  /** The operation numbers of every routing, by item code. */
  Map<String, List<Integer>> operationNumbers();
}
