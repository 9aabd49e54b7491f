package org.officina.execution.model;

import java.math.BigDecimal;
import java.util.List;
import org.officina.inventory.model.LotPick;

/**
 * A line of a picking list (lista di prelievo): a material of a released order still to issue, the
 * operation and work center that need it, and where to take it: the lots and locations stock
 * offers, first in first out, and what it does not cover.
 */
public record PickingLine(
    String order,
    int line,
    String item,
    String warehouse,
    BigDecimal qty,
    int operationSeq,
    String workCenter,
    List<LotPick.Take> takeFrom,
    BigDecimal shortfall) {

  public PickingLine {
    takeFrom = List.copyOf(takeFrom);
  }
}
