package org.officina.execution.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Whether a declaration whose client id is already on record is the declaration recorded (a repeat:
 * a terminal or a message sent twice) or another one that reuses the id. Only a repeat may be
 * answered with what was recorded; another declaration under a used id would otherwise vanish
 * silently, so it is refused.
 */
public final class Repeats {

  private Repeats() {}

  /**
   * A declaration is the one recorded when it names the same order and operation and declares the
   * same work: kind, minutes, quantities, reasons, finish and operators; and, if it says when it
   * happened, the same instant. The recorded reports are those of the client id, its own first.
   */
  public static boolean sameDeclaration(List<WorkReport> recorded, Declaration d) {
    WorkReport first = recorded.get(0);
    return first.order().equals(d.order())
        && first.operationSeq() == d.operationSeq()
        && first.kind() == d.kind()
        && same(first.minutes(), d.minutes())
        && same(first.goodQty(), d.goodQty())
        && same(first.scrapQty(), d.scrapQty())
        && Objects.equals(first.scrapReason(), d.scrapReason())
        && Objects.equals(first.stopReason(), d.stopReason())
        && first.finishes() == d.finishes()
        && new HashSet<>(first.operators()).equals(new HashSet<>(d.operators()))
        && (d.happenedAt() == null || d.happenedAt().equals(first.happenedAt()));
  }

  /**
   * A press of the terminal is the one recorded when it was on the same order and operation and
   * declared the same good and scrapped quantity: the clock decides the kinds and minutes, so they
   * cannot be compared.
   */
  public static boolean samePress(
      List<WorkReport> recorded, String order, int seq, BigDecimal goodQty, BigDecimal scrapQty) {
    WorkReport first = recorded.get(0);
    BigDecimal good =
        recorded.stream().map(WorkReport::goodQty).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal scrap =
        recorded.stream().map(WorkReport::scrapQty).reduce(BigDecimal.ZERO, BigDecimal::add);
    return first.order().equals(order)
        && first.operationSeq() == seq
        && same(good, orZero(goodQty))
        && same(scrap, orZero(scrapQty));
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
