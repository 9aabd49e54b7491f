package org.officina.engineering.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.shared.model.Violation;

class BillRulesTest {

  private static final Map<String, ItemKind> ITEMS =
      Map.of(
          "PUMP", new ItemKind(SupplyType.MAKE, UnitOfMeasure.PCS),
          "BODY", new ItemKind(SupplyType.MAKE, UnitOfMeasure.PCS),
          "SEAL", new ItemKind(SupplyType.BUY, UnitOfMeasure.PCS),
          "SEAL-FKM", new ItemKind(SupplyType.BUY, UnitOfMeasure.PCS));

  private static BomLine line(String parent, String component, String qty) {
    return BomLine.of(parent, component, qty);
  }

  @Test
  void a_bill_that_closes_a_cycle_through_other_bills_is_refused_with_the_path_from_its_parent() {
    List<BomLine> others = List.of(line("PUMP", "BODY", "1"));

    List<Violation> violations =
        BillRules.check("BODY", List.of(line("BODY", "PUMP", "1")), ITEMS, others, List.of());

    assertThat(violations).extracting(Violation::key).containsExactly("bom.cycle");
    assertThat(violations.get(0).message()).endsWith("BODY → PUMP → BODY");
  }

  @Test
  void each_broken_rule_names_its_line_and_column() {
    BomLine unknown = line("PUMP", "NUT", "1");
    BomLine zero = line("PUMP", "SEAL", "0");
    BomLine scrap =
        new BomLine(
            "PUMP",
            "BODY",
            BigDecimal.ONE,
            false,
            new BigDecimal("120"),
            null,
            null,
            0,
            false,
            null,
            1);
    BomLine backwards =
        new BomLine(
            "PUMP",
            "SEAL-FKM",
            BigDecimal.ONE,
            false,
            BigDecimal.ZERO,
            LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 2, 1),
            0,
            false,
            null,
            1);
    BomLine alternate =
        new BomLine(
            "PUMP",
            "SEAL-FKM",
            BigDecimal.ONE,
            false,
            BigDecimal.ZERO,
            null,
            null,
            0,
            false,
            "GASKET",
            2);
    BomLine operation =
        new BomLine(
            "PUMP", "SEAL", BigDecimal.ONE, false, BigDecimal.ZERO, null, null, 30, false, null, 1);

    List<Violation> violations =
        BillRules.check(
            "PUMP",
            List.of(unknown, zero, scrap, backwards, alternate, operation),
            ITEMS,
            List.of(),
            List.of(10, 20));

    assertThat(violations)
        .extracting(v -> v.field() + " " + v.key())
        .containsExactly(
            "lines[1].component item.notFound",
            "lines[2].qty_per value.positive",
            "lines[3].scrap_pct value.range",
            "lines[4].valid_to bom.validTo.beforeFrom",
            "lines[5].alternate_for bom.alternateOfNothing",
            "lines[6].component bom.sameComponent",
            "lines[6].operation_seq bom.noOperation");
  }

  @Test
  void quantities_must_fit_the_database_and_priorities_be_from_1_to_99() {
    BomLine tiny = line("PUMP", "SEAL", "0.0000001");
    BomLine last =
        new BomLine(
            "PUMP", "BODY", BigDecimal.ONE, false, BigDecimal.ZERO, null, null, 0, false, null, 0);

    assertThat(BillRules.check("PUMP", List.of(tiny, last), ITEMS, List.of(), List.of()))
        .extracting(v -> v.field() + " " + v.key())
        .containsExactly("lines[1].qty_per quantity.digits", "lines[2].priority value.range");
  }

  @Test
  void a_component_may_change_on_a_date_and_an_alternate_may_replace_a_primary() {
    BomLine until =
        new BomLine(
            "PUMP",
            "SEAL",
            BigDecimal.ONE,
            false,
            BigDecimal.ZERO,
            null,
            LocalDate.of(2027, 2, 28),
            0,
            false,
            null,
            1);
    BomLine from =
        new BomLine(
            "PUMP",
            "SEAL",
            BigDecimal.ONE,
            false,
            BigDecimal.ZERO,
            LocalDate.of(2027, 3, 1),
            null,
            0,
            false,
            null,
            1);
    BomLine alternate =
        new BomLine(
            "PUMP",
            "SEAL-FKM",
            BigDecimal.ONE,
            false,
            BigDecimal.ZERO,
            null,
            null,
            0,
            false,
            "SEAL",
            2);

    assertThat(
            BillRules.check("PUMP", List.of(until, from, alternate), ITEMS, List.of(), List.of()))
        .isEmpty();
  }
}
