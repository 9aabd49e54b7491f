package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something that happened to a production order that other systems may want to know: fired in the
 * transaction that makes it, published to them only if it commits. Operation, work center and
 * quantities are set for the events about an operation.
 */
public record ProductionEvent(
    Type type,
    String order,
    String item,
    OrderStatus status,
    Integer operation,
    String workCenter,
    BigDecimal goodQty,
    BigDecimal scrapQty,
    String user,
    Instant at) {

  /** The events, named as they are published. */
  public enum Type {
    ProductionOrderReleased,
    OperationStarted,
    QuantityDeclared,
    OperationFinished,
    ProductionOrderCompleted,
    ProductionOrderCancelled,
    ProductionOrderClosed
  }

  public static ProductionEvent ofOrder(Type type, ProductionOrder order, String user, Instant at) {
    return new ProductionEvent(
        type, order.number(), order.item(), order.status(), null, null, null, null, user, at);
  }

  public static ProductionEvent ofOperation(
      Type type,
      ProductionOrder order,
      OrderOperation operation,
      BigDecimal good,
      BigDecimal scrap,
      String user,
      Instant at) {
    return new ProductionEvent(
        type,
        order.number(),
        order.item(),
        order.status(),
        operation.seq(),
        operation.workCenter(),
        good,
        scrap,
        user,
        at);
  }
}
