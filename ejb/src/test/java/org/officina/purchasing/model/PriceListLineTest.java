package org.officina.purchasing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.purchasing.model.PriceList.PriceBreak;

class PriceListLineTest {

  private static PriceListLine line(String supplier, String from, String breakQty, boolean pref) {
    return new PriceListLine(
        new PriceList(
            supplier,
            "BAR",
            null,
            "EUR",
            LocalDate.parse(from),
            null,
            7,
            BigDecimal.ZERO,
            null,
            List.of(new PriceBreak(new BigDecimal(breakQty), BigDecimal.ONE))),
        pref);
  }

  @Test
  void theLinesOfAListGatherIntoOneListWithEveryBreakInQuantityOrder() {
    List<PriceList> lists =
        PriceListLine.lists(
            List.of(
                line("ACME", "2027-01-01", "100", false),
                line("BRUNI", "2027-01-01", "0", false),
                line("ACME", "2027-01-01", "0", false),
                line("ACME", "2027-07-01", "0", false)));

    assertThat(lists)
        .extracting(l -> l.supplier() + " " + l.validFrom())
        .containsExactly("ACME 2027-01-01", "BRUNI 2027-01-01", "ACME 2027-07-01");
    assertThat(lists.get(0).breaks())
        .extracting(b -> b.fromQty().intValue())
        .containsExactly(0, 100);
  }

  @Test
  void anItemsPreferredSupplierIsTheOneItsLinesMarkSo() {
    assertThat(
            PriceListLine.preferred(
                List.of(
                    line("ACME", "2027-01-01", "0", false),
                    line("BRUNI", "2027-01-01", "0", true))))
        .containsExactlyEntriesOf(java.util.Map.of("BAR", "BRUNI"));
  }

  @Test
  void linesOfOneListAgreeOnlyWhenTheyRepeatItsColumns() {
    PriceListLine a = line("ACME", "2027-01-01", "0", false);
    PriceListLine b = line("ACME", "2027-01-01", "100", true);
    PriceList other = a.list();
    PriceListLine dearerCurrency =
        new PriceListLine(
            new PriceList(
                other.supplier(),
                other.item(),
                null,
                "USD",
                other.validFrom(),
                null,
                7,
                new BigDecimal("0.00"),
                null,
                other.breaks()),
            false);

    assertThat(a.agreesWith(b)).isTrue();
    assertThat(a.agreesWith(dearerCurrency)).isFalse();
  }
}
