package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One node of a pegging tree: a demand, an order or a stock, the item, the quantity pegged on the
 * way to its parent node, the date it is due or released, and the nodes below it (what it needs,
 * going down from a demand) or above it (what it serves, going up from an order).
 */
public record PeggingNode(
    PegEnd kind,
    long id,
    String reference,
    String item,
    BigDecimal qty,
    LocalDate date,
    List<PeggingNode> children) {

  public PeggingNode {
    children = List.copyOf(children);
  }

  public PeggingNode withChildren(List<PeggingNode> below) {
    return new PeggingNode(kind, id, reference, item, qty, date, below);
  }
}
