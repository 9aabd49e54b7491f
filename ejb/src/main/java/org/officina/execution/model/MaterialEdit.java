package org.officina.execution.model;

import java.math.BigDecimal;
import org.officina.engineering.model.IssueMethod;

/**
 * A material line of an order as a planner sets it: an existing line (by its number) or a new one
 * (no number), its component, quantity per unit (or per order), scrap, consuming operation, issue
 * method and warehouse. What is not said takes a default: no scrap, the first operation, the item's
 * issue method, the order's warehouse.
 */
public record MaterialEdit(
    Integer line,
    String item,
    BigDecimal qtyPer,
    Boolean perOrder,
    BigDecimal scrapPct,
    Integer operationSeq,
    IssueMethod issueMethod,
    String warehouse) {}
