package org.officina.purchasing.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Violation;

/**
 * A purchase order (ordine fornitore) to one supplier in one currency, made on a day (its prices
 * are the lists' of that day), and its life: a draft is confirmed (sent), received line by line (in
 * part, in full, or over by at most its tolerance, a percentage of each line), closed when nothing
 * more will come, or cancelled while nothing was received. What its lines still have to bring is
 * supply for MRP while it is open.
 */
public record PurchaseOrder(
    String number,
    String supplier,
    String currency,
    LocalDate orderDate,
    BigDecimal tolerancePct,
    PurchaseOrderStatus status,
    List<PurchaseOrderLine> lines) {

  public static final String NUMBER_PREFIX = "PO-";

  public PurchaseOrder {
    tolerancePct = tolerancePct == null ? BigDecimal.ZERO : tolerancePct;
    lines = List.copyOf(lines);
  }

  /** The same order under its number. */
  public PurchaseOrder numbered(String orderNumber) {
    return new PurchaseOrder(
        orderNumber, supplier, currency, orderDate, tolerancePct, status, lines);
  }

  public Optional<PurchaseOrderLine> line(int line) {
    return lines.stream().filter(l -> l.line() == line).findFirst();
  }

  public BigDecimal amount() {
    return lines.stream().map(PurchaseOrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Sends a draft to the supplier: it needs a line, and a price on every line. */
  public Outcome<PurchaseOrder> confirm() {
    if (status != PurchaseOrderStatus.DRAFT) {
      return refusedState("confirm");
    }
    List<Violation> violations = new ArrayList<>();
    if (lines.isEmpty()) {
      violations.add(Violation.of("lines", "purchase.noLines", number));
    }
    lines.stream()
        .filter(l -> l.unitPrice() == null)
        .forEach(l -> violations.add(Violation.of("unit_price", "purchase.unpriced", l.line())));
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    return new Outcome.Done<>(with(PurchaseOrderStatus.CONFIRMED, lines));
  }

  /**
   * Receives a quantity on a line of a confirmed order. The line may end over its quantity by at
   * most the order's tolerance; beyond that the receipt is refused, saying how much it may still
   * take.
   */
  public Outcome<PurchaseOrder> receive(int line, BigDecimal qty) {
    if (status != PurchaseOrderStatus.CONFIRMED && status != PurchaseOrderStatus.PARTLY_RECEIVED) {
      return refusedState("receive");
    }
    if (qty == null || qty.signum() <= 0) {
      return Outcome.invalid(List.of(Violation.of("qty", "value.positive", String.valueOf(qty))));
    }
    PurchaseOrderLine found = line(line).orElse(null);
    if (found == null) {
      return Outcome.refused(
          Outcome.Refusal.NOT_FOUND,
          List.of(Violation.of("line", "purchase.lineNotFound", number, line)));
    }
    BigDecimal most =
        found
            .qty()
            .multiply(BigDecimal.ONE.add(tolerancePct.movePointLeft(2)))
            .setScale(6, RoundingMode.DOWN);
    BigDecimal after = found.received().add(qty);
    if (after.compareTo(most) > 0) {
      return Outcome.invalid(
          List.of(
              Violation.of(
                  "qty",
                  "purchase.overReceipt",
                  qty,
                  line,
                  found.qty(),
                  tolerancePct,
                  most.subtract(found.received()).max(BigDecimal.ZERO).stripTrailingZeros())));
    }
    List<PurchaseOrderLine> received =
        lines.stream().map(l -> l.line() == line ? l.receiving(qty) : l).toList();
    boolean all = received.stream().allMatch(PurchaseOrderLine::fullyReceived);
    return new Outcome.Done<>(
        with(all ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTLY_RECEIVED, received));
  }

  /** Ends an order that will bring nothing more: what is still open is no longer expected. */
  public Outcome<PurchaseOrder> close() {
    if (status != PurchaseOrderStatus.PARTLY_RECEIVED
        && status != PurchaseOrderStatus.RECEIVED
        && status != PurchaseOrderStatus.CONFIRMED) {
      return refusedState("close");
    }
    return new Outcome.Done<>(with(PurchaseOrderStatus.CLOSED, lines));
  }

  /** Cancels an order of which nothing was received; one partly received is closed instead. */
  public Outcome<PurchaseOrder> cancel() {
    if (status != PurchaseOrderStatus.DRAFT && status != PurchaseOrderStatus.CONFIRMED) {
      return refusedState("cancel");
    }
    return new Outcome.Done<>(with(PurchaseOrderStatus.CANCELLED, lines));
  }

  /** What MRP may count on from this order: each line's open quantity on its due day. */
  public List<SupplyLine> supply() {
    if (!status.open()) {
      return List.of();
    }
    return lines.stream()
        .filter(l -> l.open().signum() > 0)
        .map(
            l ->
                new SupplyLine(
                    SupplyOrderType.PURCHASE,
                    number,
                    l.line(),
                    l.item(),
                    l.open(),
                    l.dueDate(),
                    true,
                    supplier))
        .toList();
  }

  private PurchaseOrder with(PurchaseOrderStatus next, List<PurchaseOrderLine> nextLines) {
    return new PurchaseOrder(number, supplier, currency, orderDate, tolerancePct, next, nextLines);
  }

  private Outcome<PurchaseOrder> refusedState(String action) {
    return Outcome.refused(
        Outcome.Refusal.CONFLICT,
        List.of(Violation.of("status", "purchase.cannot." + action, number, status)));
  }
}
