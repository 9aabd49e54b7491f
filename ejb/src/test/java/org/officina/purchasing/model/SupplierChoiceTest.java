package org.officina.purchasing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.purchasing.model.PriceList.PriceBreak;

class SupplierChoiceTest {

  private static final LocalDate JAN_10 = LocalDate.of(2027, 1, 10);

  private static PriceList list(
      String supplier, String from, String to, String min, String multiple, String... breaks) {
    List<PriceBreak> priced =
        java.util.stream.IntStream.range(0, breaks.length / 2)
            .mapToObj(k -> new PriceBreak(dec(breaks[2 * k]), dec(breaks[2 * k + 1])))
            .toList();
    return new PriceList(
        supplier,
        "BAR-40",
        null,
        "EUR",
        LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        10,
        min == null ? null : dec(min),
        multiple == null ? null : dec(multiple),
        priced);
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  private static SupplierChoice.Quote chosen(
      BigDecimal qty, LocalDate day, String preferred, PriceList... lists) {
    return SupplierChoice.choose("BAR-40", null, qty, day, List.of(lists), preferred)
        .chosen()
        .orElseThrow();
  }

  @Test
  void theBreakReachedByTheQuantityGivesThePrice() {
    PriceList acme = list("ACME", "2027-01-01", null, null, null, "0", "5.00", "100", "4.50");

    assertEquals(dec("5.00"), chosen(dec("99"), JAN_10, null, acme).unitPrice());
    assertEquals(dec("4.50"), chosen(dec("100"), JAN_10, null, acme).unitPrice());
    assertEquals(dec("450.00"), chosen(dec("100"), JAN_10, null, acme).amount());
  }

  @Test
  void theQuantityIsRaisedToTheMinimumAndRoundedUpToTheMultipleBeforeItIsPriced() {
    PriceList acme = list("ACME", "2027-01-01", null, "50", "25", "0", "5.00", "100", "4.50");

    SupplierChoice.Quote small = chosen(dec("12"), JAN_10, null, acme);
    SupplierChoice.Quote odd = chosen(dec("80"), JAN_10, null, acme);

    assertEquals(dec("50"), small.qty());
    assertEquals(dec("100"), odd.qty());
    assertEquals(dec("4.50"), odd.unitPrice());
  }

  @Test
  void onlyListsThatHoldOnTheOrderDayCount() {
    PriceList old = list("ACME", "2026-01-01", "2026-12-31", null, null, "0", "3.00");
    PriceList current = list("ACME", "2027-01-01", "2027-06-30", null, null, "0", "5.00");

    assertEquals(dec("5.00"), chosen(dec("10"), JAN_10, null, old, current).unitPrice());
    assertEquals(
        dec("3.00"), chosen(dec("10"), LocalDate.of(2026, 12, 31), null, old, current).unitPrice());
    assertEquals(
        "priceList.notValid",
        SupplierChoice.choose(
                "BAR-40", null, dec("10"), LocalDate.of(2027, 7, 1), List.of(old, current), null)
            .refusal()
            .key());
  }

  @Test
  void thePreferredSupplierIsChosenEvenWhenAnotherIsCheaper() {
    PriceList acme = list("ACME", "2027-01-01", null, null, null, "0", "5.00");
    PriceList bruni = list("BRUNI", "2027-01-01", null, null, null, "0", "4.00");

    assertEquals("BRUNI", chosen(dec("10"), JAN_10, null, acme, bruni).supplier());
    assertEquals("ACME", chosen(dec("10"), JAN_10, "ACME", acme, bruni).supplier());
  }

  @Test
  void withoutAPreferredSupplierTheCheapestForTheQuantityWins() {
    PriceList acme = list("ACME", "2027-01-01", null, null, null, "0", "5.00", "500", "3.90");
    PriceList bruni = list("BRUNI", "2027-01-01", null, null, null, "0", "4.00");

    assertEquals("BRUNI", chosen(dec("100"), JAN_10, null, acme, bruni).supplier());
    assertEquals("ACME", chosen(dec("500"), JAN_10, null, acme, bruni).supplier());
  }

  @Test
  void pricesInDifferentCurrenciesAreNotComparedWithoutAPreferredSupplier() {
    PriceList acme = list("ACME", "2027-01-01", null, null, null, "0", "5.00");
    PriceList usd =
        new PriceList(
            "YANKEE",
            "BAR-40",
            null,
            "USD",
            LocalDate.of(2027, 1, 1),
            null,
            30,
            null,
            null,
            List.of(new PriceBreak(BigDecimal.ZERO, dec("4.00"))));

    SupplierChoice.Outcome outcome =
        SupplierChoice.choose("BAR-40", null, dec("10"), JAN_10, List.of(acme, usd), null);

    assertNull(outcome.quote());
    assertEquals("priceList.currencies", outcome.refusal().key());
    assertEquals(List.of("BAR-40", "EUR, USD"), outcome.refusal().args());
    assertEquals("YANKEE", chosen(dec("10"), JAN_10, "YANKEE", acme, usd).supplier());
  }

  @Test
  void aQuantityBelowEveryFirstBreakIsRefusedWithTheQuantity() {
    PriceList acme = list("ACME", "2027-01-01", null, null, null, "100", "4.50");

    SupplierChoice.Outcome outcome =
        SupplierChoice.choose("BAR-40", null, dec("10"), JAN_10, List.of(acme), null);

    assertEquals("priceList.belowBreaks", outcome.refusal().key());
    assertEquals(
        "10 of item BAR-40 is below the first price break of every price list",
        outcome.refusal().message());
  }

  @Test
  void anItemWithoutPriceListsIsRefusedNamingIt() {
    SupplierChoice.Outcome outcome =
        SupplierChoice.choose("SCREW-M4", null, dec("10"), JAN_10, List.of(), null);

    assertEquals("no price list for item SCREW-M4", outcome.refusal().message());
  }

  @Test
  void anOperationIsPricedOnlyByTheListsOfThatOperation() {
    PriceList wholeItem = list("ACME", "2027-01-01", null, null, null, "0", "5.00");
    PriceList heatTreatment =
        new PriceList(
            "TT-BRESCIA",
            "BAR-40",
            30,
            "EUR",
            LocalDate.of(2027, 1, 1),
            null,
            5,
            null,
            null,
            List.of(new PriceBreak(BigDecimal.ZERO, dec("0.80"))));

    SupplierChoice.Quote quote =
        SupplierChoice.choose(
                "BAR-40", 30, dec("10"), JAN_10, List.of(wholeItem, heatTreatment), null)
            .chosen()
            .orElseThrow();

    assertEquals("TT-BRESCIA", quote.supplier());
    assertEquals(
        "no price list for operation 20 of item BAR-40",
        SupplierChoice.choose(
                "BAR-40", 20, dec("10"), JAN_10, List.of(wholeItem, heatTreatment), null)
            .refusal()
            .message());
  }
}
