package org.officina.purchasing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.shared.model.Outcome;

class PurchaseOrderTest {

  private static final BigDecimal FIVE_PCT = new BigDecimal("5");
  private static final LocalDate DUE = LocalDate.of(2027, 2, 1);

  private static PurchaseOrder draft(BigDecimal price) {
    return new PurchaseOrder(
        "PO-7",
        "ACME",
        "EUR",
        DUE.minusDays(20),
        FIVE_PCT,
        PurchaseOrderStatus.DRAFT,
        List.of(
            new PurchaseOrderLine(1, "BAR", new BigDecimal("100"), price, DUE, null),
            new PurchaseOrderLine(2, "SCREW", new BigDecimal("500"), BigDecimal.ONE, DUE, null)));
  }

  private static PurchaseOrder done(Outcome<PurchaseOrder> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done<PurchaseOrder>) outcome).value();
  }

  private static Outcome.Refused<PurchaseOrder> refused(Outcome<PurchaseOrder> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    return (Outcome.Refused<PurchaseOrder>) outcome;
  }

  @Test
  void aDraftIsSupplyAlreadyAndIsConfirmedOnlyWhenEveryLineHasAPrice() {
    assertThat(draft(null).supply())
        .extracting(SupplyLine::qty)
        .containsExactly(new BigDecimal("100"), new BigDecimal("500"));
    assertThat(refused(draft(null).confirm()).violations().get(0).message())
        .isEqualTo("line 1 has no price");
    assertThat(done(draft(new BigDecimal("4.5")).confirm()).status())
        .isEqualTo(PurchaseOrderStatus.CONFIRMED);
  }

  @Test
  void aReceiptInTwoPartsLeavesTheLineOpenThenReceivesTheOrderWhenEveryLineIsIn() {
    PurchaseOrder confirmed = done(draft(BigDecimal.ONE).confirm());

    PurchaseOrder first = done(confirmed.receive(1, new BigDecimal("60")));
    assertThat(first.status()).isEqualTo(PurchaseOrderStatus.PARTLY_RECEIVED);
    assertThat(first.supply())
        .extracting(l -> l.line() + ":" + l.qty())
        .containsExactly("1:40", "2:500");

    PurchaseOrder second = done(first.receive(1, new BigDecimal("40")));
    PurchaseOrder all = done(second.receive(2, new BigDecimal("500")));
    assertThat(second.status()).isEqualTo(PurchaseOrderStatus.PARTLY_RECEIVED);
    assertThat(all.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    assertThat(all.supply()).isEmpty();
  }

  @Test
  void aLineMayBeReceivedOverItsQuantityWithinTheToleranceAndNoFurther() {
    PurchaseOrder confirmed = done(draft(BigDecimal.ONE).confirm());

    PurchaseOrder over = done(confirmed.receive(1, new BigDecimal("104")));
    Outcome.Refused<PurchaseOrder> tooMuch = refused(over.receive(1, new BigDecimal("2")));

    assertThat(over.lines().get(0).received()).isEqualByComparingTo("104");
    assertThat(over.lines().get(0).open()).isEqualByComparingTo("0");
    assertThat(tooMuch.violations().get(0).message())
        .isEqualTo(
            "receiving 2 on line 1 would go over the 100 ordered plus 5% tolerance:"
                + " it may take 1 more at most");
  }

  @Test
  void onlyAConfirmedOrderReceivesAndAnUnknownLineIsNotFound() {
    assertThat(refused(draft(BigDecimal.ONE).receive(1, BigDecimal.TEN)).refusal())
        .isEqualTo(Outcome.Refusal.CONFLICT);
    PurchaseOrder confirmed = done(draft(BigDecimal.ONE).confirm());
    assertThat(refused(confirmed.receive(9, BigDecimal.TEN)).refusal())
        .isEqualTo(Outcome.Refusal.NOT_FOUND);
    assertThat(refused(confirmed.receive(1, BigDecimal.ZERO)).violations().get(0).key())
        .isEqualTo("value.positive");
  }

  @Test
  void anOrderThatReceivedGoodsIsClosedNotCancelledAndThenExpectsNothingMore() {
    PurchaseOrder partly = done(done(draft(BigDecimal.ONE).confirm()).receive(1, BigDecimal.TEN));

    assertThat(refused(partly.cancel()).violations().get(0).message())
        .isEqualTo(
            "PO-7 is PARTLY_RECEIVED: an order that received goods is closed, not cancelled");
    PurchaseOrder closed = done(partly.close());
    assertThat(closed.status()).isEqualTo(PurchaseOrderStatus.CLOSED);
    assertThat(closed.supply()).isEmpty();
    assertThat(done(draft(BigDecimal.ONE).cancel()).supply()).isEmpty();
  }

  @Test
  void theAmountIsTheSumOfTheLines() {
    assertThat(draft(new BigDecimal("4.5")).amount()).isEqualByComparingTo("950");
  }
}
