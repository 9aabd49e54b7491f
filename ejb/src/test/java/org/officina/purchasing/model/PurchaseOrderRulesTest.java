package org.officina.purchasing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.shared.model.Violation;

class PurchaseOrderRulesTest {

  private static final Map<String, Boolean> SUPPLIERS = Map.of("ACME", false);
  private static final Map<String, ItemKind> ITEMS =
      Map.of(
          "BAR", new ItemKind(SupplyType.BUY, UnitOfMeasure.KG),
          "SCREW", new ItemKind(SupplyType.BUY, UnitOfMeasure.PCS));
  private static final LocalDate DUE = LocalDate.of(2027, 3, 1);

  private static PurchaseOrder order(
      String supplier, String currency, String tolerance, List<PurchaseOrderLine> lines) {
    return new PurchaseOrder(
        null,
        supplier,
        currency,
        DUE.minusDays(30),
        new BigDecimal(tolerance),
        PurchaseOrderStatus.DRAFT,
        lines);
  }

  private static PurchaseOrderLine line(int no, String item, String qty, String price) {
    return new PurchaseOrderLine(
        no,
        item,
        qty == null ? null : new BigDecimal(qty),
        price == null ? null : new BigDecimal(price),
        DUE,
        null);
  }

  private static List<String> fields(PurchaseOrder order) {
    return PurchaseOrderRules.check(order, SUPPLIERS, ITEMS).stream()
        .map(Violation::field)
        .toList();
  }

  @Test
  void anOrderOfKnownThingsInSuitableQuantitiesIsRightEvenWithoutPrices() {
    assertThat(
            fields(
                order(
                    "ACME",
                    "EUR",
                    "5",
                    List.of(line(1, "BAR", "12.5", "4.2"), line(2, "SCREW", "100", null)))))
        .isEmpty();
  }

  @Test
  void eachWrongValueIsNamedWithItsLine() {
    List<String> wrong =
        fields(
            order(
                "NOBODY",
                "euro",
                "101",
                List.of(
                    line(1, "SCREW", "2.5", "-1"),
                    line(1, "NUT", "0", null),
                    line(3, "BAR", "2000000000", null))));

    assertThat(wrong)
        .containsExactly(
            "supplier",
            "currency",
            "tolerance_pct",
            "lines[1].qty",
            "lines[1].unit_price",
            "lines[1].line",
            "lines[1].item",
            "lines[1].qty",
            "lines[3].qty");
  }

  @Test
  void anOrderNeedsALineAndNoMoreThanFiveHundred() {
    List<PurchaseOrderLine> many = new ArrayList<>();
    for (int k = 1; k <= PurchaseOrderRules.MAX_LINES + 1; k++) {
      many.add(line(k, "SCREW", "1", "1"));
    }

    assertThat(fields(order("ACME", "EUR", "0", Collections.emptyList()))).containsExactly("lines");
    assertThat(PurchaseOrderRules.check(order("ACME", "EUR", "0", many), SUPPLIERS, ITEMS))
        .extracting(Violation::message)
        .containsExactly("has more than 500 lines");
  }
}
