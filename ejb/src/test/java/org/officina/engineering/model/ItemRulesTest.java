package org.officina.engineering.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.shared.model.Violation;

class ItemRulesTest {

  private static ItemData item(String code, UnitOfMeasure uom, LotRule rule) {
    return new ItemData(code, "", uom, SupplyType.BUY, 0, rule, null, null, null, null, null);
  }

  private static List<String> fieldsRefusedIn(ItemData item) {
    return ItemRules.check(item).stream().map(Violation::field).toList();
  }

  @Test
  void an_item_with_the_exchange_format_defaults_is_valid() {
    assertThat(ItemRules.check(ItemData.withDefaults("BRG-6204"))).isEmpty();
  }

  @Test
  void a_code_is_required_and_holds_no_spaces_or_slashes() {
    assertThat(fieldsRefusedIn(ItemData.withDefaults(""))).containsExactly("code");
    assertThat(fieldsRefusedIn(ItemData.withDefaults("GEAR PUMP"))).containsExactly("code");
    assertThat(fieldsRefusedIn(ItemData.withDefaults("A/B"))).containsExactly("code");
    assertThat(fieldsRefusedIn(ItemData.withDefaults("-A"))).containsExactly("code");
    assertThat(fieldsRefusedIn(ItemData.withDefaults("X".repeat(41)))).containsExactly("code");
    assertThat(ItemRules.check(ItemData.withDefaults("GP1-004R_v2.1"))).isEmpty();
  }

  @Test
  void a_fixed_order_quantity_needs_a_positive_lot_quantity() {
    ItemData missing = item("A", UnitOfMeasure.PCS, LotRule.FOQ);
    ItemData zero =
        new ItemData(
            "A",
            "",
            UnitOfMeasure.PCS,
            SupplyType.BUY,
            0,
            LotRule.FOQ,
            BigDecimal.ZERO,
            null,
            null,
            null,
            null);
    assertThat(ItemRules.check(missing))
        .extracting(Violation::field, Violation::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("lot_qty", "item.lot.requiredFor"));
    assertThat(ItemRules.check(zero)).extracting(Violation::key).containsExactly("value.positive");
  }

  @Test
  void lot_fields_that_do_not_belong_to_the_rule_are_refused_rather_than_ignored() {
    ItemData lotForLotWithQuantity =
        new ItemData(
            "A",
            "",
            UnitOfMeasure.PCS,
            SupplyType.BUY,
            0,
            LotRule.LFL,
            BigDecimal.TEN,
            BigDecimal.ONE,
            null,
            3,
            null);
    assertThat(fieldsRefusedIn(lotForLotWithQuantity))
        .containsExactly("lot_qty", "lot_min", "lot_periods");
  }

  @Test
  void a_period_order_quantity_covers_at_least_one_period() {
    ItemData none = item("A", UnitOfMeasure.PCS, LotRule.POQ);
    ItemData zero =
        new ItemData(
            "A", "", UnitOfMeasure.PCS, SupplyType.BUY, 0, LotRule.POQ, null, null, null, 0, null);
    ItemData two =
        new ItemData(
            "A", "", UnitOfMeasure.PCS, SupplyType.BUY, 0, LotRule.POQ, null, null, null, 2, null);
    assertThat(fieldsRefusedIn(none)).containsExactly("lot_periods");
    assertThat(fieldsRefusedIn(zero)).containsExactly("lot_periods");
    assertThat(ItemRules.check(two)).isEmpty();
  }

  @Test
  void quantities_of_a_discrete_unit_are_whole_while_continuous_units_take_decimals() {
    BigDecimal half = new BigDecimal("2.5");
    ItemData pieces =
        new ItemData(
            "A",
            "",
            UnitOfMeasure.PCS,
            SupplyType.BUY,
            0,
            LotRule.MIN_MULT,
            null,
            half,
            half,
            null,
            half);
    ItemData kilograms =
        new ItemData(
            "A",
            "",
            UnitOfMeasure.KG,
            SupplyType.BUY,
            0,
            LotRule.MIN_MULT,
            null,
            half,
            half,
            null,
            half);
    assertThat(fieldsRefusedIn(pieces)).containsExactly("lot_min", "lot_multiple", "safety_stock");
    assertThat(ItemRules.check(kilograms)).isEmpty();
  }

  @Test
  void a_whole_quantity_written_with_decimals_is_still_whole() {
    ItemData pieces =
        new ItemData(
            "A",
            "",
            UnitOfMeasure.PCS,
            SupplyType.BUY,
            0,
            LotRule.FOQ,
            new BigDecimal("50.000"),
            null,
            null,
            null,
            new BigDecimal("1E+1"));
    assertThat(ItemRules.check(pieces)).isEmpty();
    assertThat(pieces.lotQty()).isEqualTo(new BigDecimal("50"));
  }

  @Test
  void negative_stock_and_lead_times_beyond_the_limit_are_refused_with_every_reason_at_once() {
    ItemData item =
        new ItemData(
            "A",
            "",
            UnitOfMeasure.KG,
            SupplyType.BUY,
            1000,
            LotRule.LFL,
            null,
            null,
            null,
            null,
            new BigDecimal("-1"));
    assertThat(fieldsRefusedIn(item)).containsExactly("lead_time_days", "safety_stock");
  }

  @Test
  void quantities_keep_to_twelve_integer_digits_and_six_decimals() {
    ItemData tooPrecise =
        new ItemData(
            "A",
            "",
            UnitOfMeasure.KG,
            SupplyType.BUY,
            0,
            LotRule.LFL,
            null,
            null,
            null,
            null,
            new BigDecimal("0.1234567"));
    ItemData tooLarge =
        new ItemData(
            "A",
            "",
            UnitOfMeasure.KG,
            SupplyType.BUY,
            0,
            LotRule.LFL,
            null,
            null,
            null,
            null,
            new BigDecimal("1234567890123"));
    assertThat(ItemRules.check(tooPrecise))
        .extracting(Violation::key)
        .containsExactly("quantity.digits");
    assertThat(ItemRules.check(tooLarge))
        .extracting(Violation::key)
        .containsExactly("quantity.digits");
  }

  @Test
  void a_planner_is_optional_and_at_most_a_hundred_characters() {
    ItemData base = ItemData.withDefaults("BRG-6204");
    ItemData blank = withPlanner(base, "  ");
    ItemData tooLong = withPlanner(base, "p".repeat(101));

    assertThat(blank.planner()).isEmpty();
    assertThat(ItemRules.check(withPlanner(base, "g.bianchi"))).isEmpty();
    assertThat(ItemRules.check(tooLong))
        .extracting(Violation::field, Violation::key)
        .containsExactly(tuple("planner", "text.tooLong"));
  }

  private static ItemData withPlanner(ItemData item, String planner) {
    return new ItemData(
        item.code(),
        item.description(),
        item.uom(),
        item.supplyType(),
        item.leadTimeDays(),
        item.lotRule(),
        item.lotQty(),
        item.lotMin(),
        item.lotMultiple(),
        item.lotPeriods(),
        item.safetyStock(),
        item.leadTimeFromRouting(),
        planner,
        null);
  }

  @Test
  void a_refusal_reads_in_english_and_in_italian() {
    Violation violation = ItemRules.check(item("A", UnitOfMeasure.PCS, LotRule.FOQ)).get(0);
    assertThat(violation.message()).isEqualTo("is required by lot rule FOQ");
    assertThat(violation.message(java.util.Locale.ITALIAN))
        .isEqualTo("è richiesto dalla regola di lotto FOQ");
  }

  private static ItemData withConsumptionTolerance(String pct) {
    return new ItemData(
        "BAR-40",
        "",
        UnitOfMeasure.KG,
        SupplyType.BUY,
        0,
        LotRule.LFL,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new BigDecimal(pct),
        null);
  }

  @Test
  void a_consumption_tolerance_is_a_percentage_of_at_most_fifty_to_the_hundredth() {
    assertThat(ItemRules.check(withConsumptionTolerance("7.5"))).isEmpty();
    assertThat(ItemRules.check(withConsumptionTolerance("-1")))
        .extracting(Violation::field)
        .containsExactly("consumption_tolerance_pct");
    assertThat(ItemRules.check(withConsumptionTolerance("50.5")))
        .extracting(Violation::field)
        .containsExactly("consumption_tolerance_pct");
    assertThat(ItemRules.check(withConsumptionTolerance("3.125")))
        .as("kept to the hundredth")
        .extracting(Violation::field)
        .containsExactly("consumption_tolerance_pct");
  }

  @Test
  void a_change_that_does_not_say_the_consumption_tolerance_keeps_the_items() {
    ItemData current = withConsumptionTolerance("4");
    ItemData change =
        new ItemData(
            "BAR-40",
            "Bar",
            UnitOfMeasure.KG,
            SupplyType.BUY,
            0,
            LotRule.LFL,
            null,
            null,
            null,
            null,
            null);
    assertThat(change.keeping(current).consumptionTolerancePct()).isEqualByComparingTo("4");
  }
}
