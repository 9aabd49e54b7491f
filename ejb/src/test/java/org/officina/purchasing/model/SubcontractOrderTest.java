package org.officina.purchasing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.shared.model.Outcome;

/** 100 shafts of half a kilo of bar each (4% lost in the work): 52 kg for the order. */
class SubcontractOrderTest {

  private static SubcontractOrder order(String shipped) {
    return new SubcontractOrder(
        "SC-1",
        "HEAT",
        "SHAFT",
        new BigDecimal("100"),
        LocalDate.of(2027, 2, 1),
        LocalDate.of(2027, 2, 10),
        new BigDecimal("0.9"),
        "EUR",
        "MAIN",
        SubcontractOrderStatus.OPEN,
        null,
        null,
        null,
        List.of(
            new SubcontractComponent(
                1,
                "BAR",
                new BigDecimal("0.5"),
                false,
                new BigDecimal("4"),
                null,
                new BigDecimal(shipped),
                null,
                null)));
  }

  private static SubcontractOrder afterReturn(SubcontractOrder order, String good, boolean back) {
    SubcontractReturn.Request r =
        new SubcontractReturn.Request(
            new BigDecimal(good), BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), back);
    SubcontractReturn.Plan plan =
        SubcontractReturn.plan(order.qty(), order.soFar(), order.components(), r);
    return order.returned(r, plan.after());
  }

  @Test
  void whatIsStillToShipIsTheBillForThePiecesOutLessWhatTheSubcontractorHolds() {
    assertThat(order("0").toShip())
        .extracting(s -> s.item() + " " + s.qty().toPlainString())
        .containsExactly("BAR 52");
    assertThat(order("30").toShip().get(0).qty()).isEqualByComparingTo("22");
    assertThat(order("52").toShip()).isEmpty();
  }

  @Test
  void thePiecesStillOutAreSupplyUntilAllAreBack() {
    SubcontractOrder part = afterReturn(order("52"), "40", false);

    assertThat(order("52").supply().get(0).qty()).isEqualByComparingTo("100");
    assertThat(part.status()).isEqualTo(SubcontractOrderStatus.PARTLY_RETURNED);
    assertThat(part.supply().get(0).qty()).isEqualByComparingTo("60");
    assertThat(afterReturn(part, "60", false).supply()).isEmpty();
  }

  @Test
  void anOrderClosesOnlyWhenTheSubcontractorHoldsNothingOfIt() {
    SubcontractOrder returned = afterReturn(order("55"), "100", false);
    Outcome<SubcontractOrder> refused = returned.close();

    assertThat(returned.status()).isEqualTo(SubcontractOrderStatus.RETURNED);
    assertThat(((Outcome.Refused<SubcontractOrder>) refused).violations().get(0).message())
        .isEqualTo(
            "SC-1 cannot close: the subcontractor still holds 3 of BAR; bring it back first");
    assertThat(afterReturn(returned, "0", true).close()).isInstanceOf(Outcome.Done.class);
  }

  @Test
  void anOrderWithPiecesBackIsClosedNotCancelled() {
    assertThat(order("52").cancel()).isInstanceOf(Outcome.Done.class);
    assertThat(afterReturn(order("52"), "1", false).cancel()).isInstanceOf(Outcome.Refused.class);
  }
}
