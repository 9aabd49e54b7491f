package org.officina.execution.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.officina.shared.model.Page;

/**
 * Production orders with their materials, operations, documents and history; a change made on a
 * stale copy (an older version) changes nothing, and work on an order takes its lock first so that
 * declarations on one order take turns.
 */
public interface ProductionOrders {
  /** The id of a new order, one more than the last: it numbers the order. */
  long newId();

  void insert(ProductionOrder o, Integer billRevision, Integer routingRevision);

  Optional<ProductionOrder> find(String number);

  /** The order, its row locked until the transaction ends. */
  Optional<ProductionOrder> lock(String number);

  Page<ProductionOrder> search(OrderSearch search, LocalDate today);

  /** How many orders there are in each state. */
  Map<OrderStatus, Long> countByStatus();

  /**
   * Saves a changed header if nobody changed it since it was read (same version).
   *
   * @return false when the order was changed meanwhile: nothing was written
   */
  boolean update(ProductionOrder o, String user, Instant now);

  List<OrderMaterial> materials(long order);

  /** The materials of these orders, by order id. */
  Map<Long, List<OrderMaterial>> materialsOf(Collection<Long> orders);

  /** Replaces an order's materials with these. */
  void saveMaterials(long order, List<OrderMaterial> materials);

  /** Records what has been issued of these materials. */
  void saveIssued(long order, List<OrderMaterial> materials);

  List<OrderOperation> operations(long order);

  /** The operations of these orders, by order id, in sequence. */
  Map<Long, List<OrderOperation>> operationsOf(Collection<Long> orders);

  /**
   * The released and started orders with an operation still to do at these work centers, and those
   * with these numbers (the schedule placed them there), as the lists show them.
   */
  List<DispatchList.OrderData> onTheFloor(
      Collection<String> workCenters, Collection<String> numbers);

  /** Replaces an order's operations with these, progress included. */
  void saveOperations(long order, List<OrderOperation> operations);

  /** Records an operation's progress. */
  void saveProgress(long order, int seq, OrderOperation.Progress progress);

  /** Gives an order the routing's documents (by reference: a document is kept once). */
  void saveDocuments(long order, Map<Long, Integer> operationByDocument);

  /** The ids of an order's documents. */
  List<Long> documents(long order);

  void recordTransition(long order, OrderTransition t);

  List<OrderTransition> transitions(long order);
}
