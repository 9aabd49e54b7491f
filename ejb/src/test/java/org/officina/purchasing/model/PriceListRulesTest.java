package org.officina.purchasing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.purchasing.model.PriceList.PriceBreak;
import org.officina.shared.model.Violation;

class PriceListRulesTest {

  private static final Map<String, Boolean> SUPPLIERS = Map.of("ACME", false, "TT-BRESCIA", true);

  private static PriceList list(
      String supplier,
      Integer operation,
      String currency,
      LocalDate to,
      Integer lead,
      BigDecimal multiple,
      List<PriceBreak> breaks) {
    return new PriceList(
        supplier,
        "BAR-40",
        operation,
        currency,
        LocalDate.of(2027, 1, 1),
        to,
        lead,
        null,
        multiple,
        breaks);
  }

  private static List<PriceBreak> oneBreak() {
    return List.of(new PriceBreak(BigDecimal.ZERO, new BigDecimal("5.00")));
  }

  private static List<String> refused(PriceList list) {
    return PriceListRules.check(list, SUPPLIERS).stream()
        .map(v -> v.field() + " " + v.key())
        .toList();
  }

  @Test
  void aCompleteListPasses() {
    assertEquals(List.of(), refused(list("ACME", null, "EUR", null, 10, null, oneBreak())));
    assertEquals(List.of(), refused(list("TT-BRESCIA", 30, "EUR", null, 5, null, oneBreak())));
  }

  @Test
  void theSupplierMustBeKnownAndASubcontractorToPriceAnOperation() {
    assertEquals(
        List.of("supplier supplier.notFound"),
        refused(list("NOBODY", null, "EUR", null, 10, null, oneBreak())));
    assertEquals(
        List.of("operation supplier.notSubcontractor"),
        refused(list("ACME", 30, "EUR", null, 10, null, oneBreak())));
  }

  @Test
  void theCurrencyIsAnIsoCode() {
    List<Violation> violations =
        PriceListRules.check(list("ACME", null, "euro", null, 10, null, oneBreak()), SUPPLIERS);

    assertEquals("'euro' is not a currency code such as EUR", violations.get(0).message());
  }

  @Test
  void theLastDayIsNotBeforeTheFirst() {
    assertEquals(
        List.of("valid_to priceList.endsBeforeStart"),
        refused(list("ACME", null, "EUR", LocalDate.of(2026, 12, 31), 10, null, oneBreak())));
  }

  @Test
  void numbersAreBounded() {
    List<PriceBreak> wild =
        List.of(
            new PriceBreak(new BigDecimal("-1"), new BigDecimal("5")),
            new PriceBreak(BigDecimal.TEN, new BigDecimal("1e12")));

    assertEquals(
        List.of(
            "lead_time_days value.range",
            "multiple value.positive",
            "break_qty value.negative",
            "unit_price value.range"),
        refused(list("ACME", null, "EUR", null, 4000, BigDecimal.ZERO, wild)));
  }

  @Test
  void aListHasAtLeastOneBreakAndNoTwoFromTheSameQuantity() {
    List<PriceBreak> twice =
        List.of(
            new PriceBreak(new BigDecimal("100"), new BigDecimal("5")),
            new PriceBreak(new BigDecimal("100.0"), new BigDecimal("4")));

    assertEquals(
        List.of("unit_price value.required"),
        refused(list("ACME", null, "EUR", null, 10, null, List.of())));
    assertEquals(
        List.of("break_qty priceList.duplicateBreak"),
        refused(list("ACME", null, "EUR", null, 10, null, twice)));
  }
}
