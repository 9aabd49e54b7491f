package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.officina.shared.model.Violation;

/**
 * A return from a subcontractor (rientro da conto lavoro) worked out against the order before any
 * stock moves. Pieces come back good (into our stock, or on to the production order's next
 * operation), were scrapped there, or are rejected: sent back without the work because the
 * subcontractor found our material unfit. The components are consumed at the subcontractor by the
 * bill for the good and scrapped pieces, not by what was shipped; a consumption the subcontractor
 * declares may differ from the bill by the component's tolerance and no more. The components of
 * rejected pieces come back to us, not into available stock. What is left over at the end stays at
 * the subcontractor or comes back, as the return says. Nothing is consumed or brought back that the
 * subcontractor does not hold for the order.
 */
public final class SubcontractReturn {

  /**
   * What came back: pieces good, scrapped and rejected; the consumption the subcontractor declares
   * for some components (by line), in place of the bill's; and whether the leftovers come back.
   */
  public record Request(
      BigDecimal good,
      BigDecimal scrapped,
      BigDecimal rejected,
      Map<Integer, BigDecimal> declared,
      boolean leftoversBack) {

    public BigDecimal pieces() {
      return good.add(scrapped).add(rejected);
    }
  }

  /** For one component: what the return consumes there and what it brings back, and why. */
  public record Move(
      int line,
      String item,
      BigDecimal consumed,
      BigDecimal rejectedBack,
      BigDecimal leftoverBack) {

    public BigDecimal back() {
      return rejectedBack.add(leftoverBack);
    }
  }

  /** The return worked out, or why it cannot be. */
  public record Plan(
      List<Move> moves, List<SubcontractComponent> after, List<Violation> refusals) {}

  private SubcontractReturn() {}

  /**
   * The pieces of an order back before a return: those that consumed components (good and scrapped)
   * and those rejected.
   */
  public record SoFar(BigDecimal consuming, BigDecimal rejected) {
    public BigDecimal done() {
      return consuming.add(rejected);
    }
  }

  /**
   * Each return takes the bill's quantity for all the pieces back so far less what the returns
   * before it took, so that the returns of an order add up to the bill for the whole order, however
   * each rounds.
   *
   * @param orderQty the pieces ordered
   */
  public static Plan plan(
      BigDecimal orderQty, SoFar before, List<SubcontractComponent> components, Request r) {
    List<Violation> refusals = new ArrayList<>();
    check("good", r.good(), refusals);
    check("scrapped", r.scrapped(), refusals);
    check("rejected", r.rejected(), refusals);
    if (!refusals.isEmpty()) {
      return new Plan(List.of(), components, refusals);
    }
    BigDecimal open = orderQty.subtract(before.done());
    if (r.pieces().signum() == 0 && !r.leftoversBack()) {
      refusals.add(Violation.of("good", "subcontract.nothingBack"));
    } else if (r.pieces().compareTo(open) > 0) {
      refusals.add(Violation.of("good", "subcontract.overReturn", plain(r.pieces()), plain(open)));
    }
    BigDecimal consuming = before.consuming().add(r.good()).add(r.scrapped());
    BigDecimal rejected = before.rejected().add(r.rejected());
    BigDecimal stillOut = open.subtract(r.pieces()).max(BigDecimal.ZERO);
    List<Move> moves = new ArrayList<>();
    List<SubcontractComponent> after = new ArrayList<>();
    for (SubcontractComponent c : components) {
      BigDecimal bill = share(c, before.consuming(), consuming, orderQty);
      BigDecimal consumed = consumption(c, bill, r.declared().get(c.line()), refusals);
      BigDecimal rejectedBack = share(c, before.rejected(), rejected, orderQty);
      BigDecimal needed = consumed.add(rejectedBack);
      if (needed.compareTo(c.held()) > 0) {
        refusals.add(
            Violation.of("good", "subcontract.notHeld", c.item(), plain(c.held()), plain(needed)));
      }
      // What the pieces still out will need stays there: only the rest comes back.
      BigDecimal stillNeeded = share(c, consuming, consuming.add(stillOut), orderQty);
      BigDecimal leftoverBack =
          r.leftoversBack()
              ? c.held().subtract(needed).subtract(stillNeeded).max(BigDecimal.ZERO)
              : BigDecimal.ZERO;
      moves.add(new Move(c.line(), c.item(), consumed, rejectedBack, leftoverBack));
      after.add(c.after(consumed, rejectedBack.add(leftoverBack)));
    }
    return refusals.isEmpty()
        ? new Plan(moves, after, List.of())
        : new Plan(List.of(), components, refusals);
  }

  /** The bill for the pieces from one count to another: for all of them less for the first. */
  private static BigDecimal share(
      SubcontractComponent c, BigDecimal from, BigDecimal to, BigDecimal orderQty) {
    return c.byBill(to, orderQty).subtract(c.byBill(from, orderQty));
  }

  /** The bill's consumption, or the declared one when it is within the component's tolerance. */
  private static BigDecimal consumption(
      SubcontractComponent c, BigDecimal bill, BigDecimal declared, List<Violation> refusals) {
    if (declared == null) {
      return bill;
    }
    BigDecimal slack = bill.multiply(c.tolerancePct()).movePointLeft(2);
    if (declared.signum() < 0 || declared.subtract(bill).abs().compareTo(slack) > 0) {
      refusals.add(
          Violation.of(
              "consumed",
              "subcontract.outsideTolerance",
              c.item(),
              plain(declared),
              plain(bill),
              plain(c.tolerancePct())));
      return bill;
    }
    return declared;
  }

  private static void check(String field, BigDecimal qty, List<Violation> refusals) {
    if (qty == null) {
      refusals.add(Violation.of(field, "value.required"));
    } else if (qty.signum() < 0) {
      refusals.add(Violation.of(field, "value.negative", qty));
    }
  }

  private static String plain(BigDecimal value) {
    return value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
