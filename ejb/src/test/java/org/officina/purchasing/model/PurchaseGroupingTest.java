package org.officina.purchasing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.purchasing.model.PriceList.PriceBreak;
import org.officina.purchasing.model.PurchaseGrouping.Proposal;

class PurchaseGroupingTest {

  private static PriceList list(String supplier, String item, String price, String multiple) {
    return new PriceList(
        supplier,
        item,
        null,
        "EUR",
        LocalDate.of(2027, 1, 1),
        null,
        10,
        null,
        multiple == null ? null : new BigDecimal(multiple),
        List.of(new PriceBreak(BigDecimal.ZERO, new BigDecimal(price))));
  }

  private static final List<PriceList> LISTS =
      List.of(
          list("ACME", "BAR", "4.5", "25"),
          list("ACME", "TUBE", "9", null),
          list("BRUNI", "SCREW", "0.1", "100"));

  private static final LocalDate ORDERED = LocalDate.of(2027, 1, 10);

  private static PurchaseGrouping.Result group(Proposal... proposals) {
    return PurchaseGrouping.group(
        List.of(proposals),
        ORDERED,
        p -> SupplierChoice.choose(p.item(), null, p.qty(), ORDERED, LISTS, null));
  }

  @Test
  void proposalsOfOneSupplierBecomeTheLinesOfOneDraftByDueDate() {
    PurchaseGrouping.Result result =
        group(
            new Proposal(1, "TUBE", new BigDecimal("3"), LocalDate.of(2027, 2, 10)),
            new Proposal(2, "SCREW", new BigDecimal("250"), LocalDate.of(2027, 2, 1)),
            new Proposal(3, "BAR", new BigDecimal("60"), LocalDate.of(2027, 2, 1)));

    assertThat(result.left()).isEmpty();
    assertThat(result.drafts())
        .extracting(d -> d.order().supplier())
        .containsExactly("ACME", "BRUNI");
    PurchaseOrder acme = result.drafts().get(0).order();
    assertThat(acme.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
    assertThat(acme.lines())
        .extracting(l -> l.line() + " " + l.item() + " " + l.qty() + " @" + l.unitPrice())
        .containsExactly("1 BAR 75 @4.5", "2 TUBE 3 @9");
    assertThat(result.drafts().get(0).sources()).extracting(Proposal::id).containsExactly(3L, 1L);
    assertThat(result.drafts().get(1).order().lines().get(0).qty()).isEqualByComparingTo("300");
  }

  @Test
  void aProposalNoPriceListFitsIsLeftOutWithTheReasonAndTheOthersStillGrouped() {
    PurchaseGrouping.Result result =
        group(
            new Proposal(1, "BAR", new BigDecimal("10"), LocalDate.of(2027, 2, 1)),
            new Proposal(2, "GASKET", new BigDecimal("10"), LocalDate.of(2027, 2, 1)));

    assertThat(result.drafts()).hasSize(1);
    assertThat(result.left()).hasSize(1);
    assertThat(result.left().get(0).proposal().id()).isEqualTo(2);
    assertThat(result.left().get(0).reason().message()).isEqualTo("no price list for item GASKET");
  }
}
