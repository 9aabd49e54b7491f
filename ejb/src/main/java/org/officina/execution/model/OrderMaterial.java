package org.officina.execution.model;

import java.math.BigDecimal;
import org.officina.engineering.model.IssueMethod;

/**
 * A material of a production order: a component, how much of it one unit of the product needs (or
 * the whole order, when fixed per order) with its expected scrap, what the order needs of it in
 * all, what has been issued, the operation that consumes it, how it is issued and from which
 * warehouse.
 */
public record OrderMaterial(
    int line,
    String item,
    BigDecimal qtyPer,
    boolean perOrder,
    BigDecimal scrapPct,
    BigDecimal requiredQty,
    BigDecimal issuedQty,
    int operationSeq,
    IssueMethod issueMethod,
    String warehouse) {

  /** What is still to be issued, never below zero. */
  public BigDecimal openQty() {
    return requiredQty.subtract(issuedQty).max(BigDecimal.ZERO);
  }

  public OrderMaterial withRequired(BigDecimal required) {
    return new OrderMaterial(
        line,
        item,
        qtyPer,
        perOrder,
        scrapPct,
        required,
        issuedQty,
        operationSeq,
        issueMethod,
        warehouse);
  }

  public OrderMaterial withIssued(BigDecimal issued) {
    return new OrderMaterial(
        line,
        item,
        qtyPer,
        perOrder,
        scrapPct,
        requiredQty,
        issued,
        operationSeq,
        issueMethod,
        warehouse);
  }
}
