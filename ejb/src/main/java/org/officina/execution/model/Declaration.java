package org.officina.execution.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A declaration from the floor (dichiarazione di produzione), as a terminal, a machine or another
 * system sends it: on which operation of which order, what kind of work and how many minutes, the
 * good and scrapped quantity with the defect reason, the stop reason of a downtime, whether the
 * operation is finished, who did it, and which component lots were used. The client id makes a
 * repeat recognisable: a declaration sent twice is applied once.
 */
public record Declaration(
    String clientId,
    String order,
    int operationSeq,
    WorkKind kind,
    BigDecimal minutes,
    BigDecimal goodQty,
    BigDecimal scrapQty,
    String scrapReason,
    String stopReason,
    boolean finishes,
    List<String> operators,
    List<LotUse> lots,
    ReportSource source,
    Instant happenedAt) {

  public Declaration {
    minutes = zeroIfNull(minutes);
    goodQty = zeroIfNull(goodQty);
    scrapQty = zeroIfNull(scrapQty);
    operators = operators == null ? List.of() : List.copyOf(operators);
    lots = lots == null ? List.of() : List.copyOf(lots);
  }

  /** A component lot used: backflush takes the item from these lots first. */
  public record LotUse(String item, String lot) {}

  /** The declaration as received at an instant: when it happened, unless it says so itself. */
  public Declaration receivedAt(Instant now) {
    return happenedAt != null
        ? this
        : new Declaration(
            clientId,
            order,
            operationSeq,
            kind,
            minutes,
            goodQty,
            scrapQty,
            scrapReason,
            stopReason,
            finishes,
            operators,
            lots,
            source,
            now);
  }

  public BigDecimal declaredQty() {
    return goodQty.add(scrapQty);
  }

  private static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
