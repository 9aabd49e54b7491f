package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.officina.planning.model.MrpFixtures.START;
import static org.officina.planning.model.MrpFixtures.day;
import static org.officina.planning.model.MrpFixtures.dec;
import static org.officina.planning.model.MrpFixtures.item;
import static org.officina.planning.model.MrpFixtures.lfl;
import static org.officina.planning.model.MrpFixtures.line;
import static org.officina.planning.model.MrpFixtures.litres;
import static org.officina.planning.model.MrpFixtures.orders;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.SupplyType;

/** Textbook MRP records, worked by hand in the comments, with every day a working day. */
class MrpEngineTest {

  private final MrpEngine engine = new MrpEngine(START, 10);

  private List<String> plan(PlanningInput input) {
    return orders(engine.plan(input));
  }

  /** BAR, bought with a lead time of 2 days, 20 on hand, sales orders of 10, 25 and 30. */
  private static PlanningInput barWithThreeSalesOrders() {
    return new PlanningInput()
        .item(lfl("BAR", SupplyType.BUY, 2))
        .onHand("BAR", dec("20"))
        .demand("BAR", day(1), dec("10"), "SO-1")
        .demand("BAR", day(3), dec("25"), "SO-2")
        .demand("BAR", day(5), dec("30"), "SO-3");
  }

  @Test
  void lot_for_lot_nets_on_hand_and_offsets_by_the_lead_time() {
    // on hand 20: day 1 needs 10 (10 left), day 3 needs 25 (net 15), day 5 needs 30 (net 30)
    PlanningInput input = barWithThreeSalesOrders();

    assertThat(plan(input))
        .containsExactly(
            "BAR PURCHASE 15 release 2027-01-05 due 2027-01-07",
            "BAR PURCHASE 30 release 2027-01-07 due 2027-01-09");
  }

  @Test
  void the_time_phased_record_shows_gross_projected_net_planned_receipts_and_releases() {
    PlanningInput input = barWithThreeSalesOrders();

    // bucket: gross / scheduled receipts / projected on hand / net / planned receipt / release
    assertThat(engine.plan(input).record("BAR").orElseThrow().buckets())
        .extracting(
            b ->
                b.bucket()
                    + ": "
                    + String.join(
                        " / ",
                        b.gross().toPlainString(),
                        b.scheduledReceipts().toPlainString(),
                        b.projectedOnHand().toPlainString(),
                        b.net().toPlainString(),
                        b.plannedReceipt().toPlainString(),
                        b.plannedRelease().toPlainString()))
        .containsExactly(
            "1: 10 / 0 / 10 / 0 / 0 / 15",
            "3: 25 / 0 / 0 / 15 / 15 / 30",
            "5: 30 / 0 / 0 / 30 / 30 / 0");
  }

  @Test
  void a_fixed_order_quantity_orders_whole_lots_and_protects_safety_stock() {
    // day 0: 20 needed + 10 safety - 15 on hand = net 15, one lot of 50, 45 left; day 2: 30 + 10 -
    // 45 < 0
    PlanningInput input =
        new PlanningInput()
            .item(item("VALVE", SupplyType.BUY, 1, LotRule.FOQ, "50", null, null, null, "10"))
            .onHand("VALVE", dec("15"))
            .demand("VALVE", day(0), dec("20"), "SO-1")
            .demand("VALVE", day(2), dec("30"), "SO-2");

    MrpResult result = engine.plan(input);

    assertThat(orders(result))
        .containsExactly("VALVE PURCHASE 50 release 2027-01-03 due 2027-01-04 past due");
    assertThat(result.record("VALVE").orElseThrow().buckets())
        .extracting(b -> b.bucket() + ":" + b.projectedOnHand().toPlainString())
        .containsExactly("0:45", "2:15");
  }

  @Test
  void minimum_and_multiple_raise_a_small_need_to_the_minimum_then_to_a_multiple() {
    // day 1: net 7 -> max(7, 40) = 40 -> 50 (multiple of 25), 43 left; day 3: net 60 - 43 = 17 ->
    // 40 -> 50
    PlanningInput input =
        new PlanningInput()
            .item(item("NUT", SupplyType.BUY, 0, LotRule.MIN_MULT, null, "40", "25", null, null))
            .demand("NUT", day(1), dec("7"), "SO-1")
            .demand("NUT", day(3), dec("60"), "SO-2");

    assertThat(plan(input))
        .containsExactly(
            "NUT PURCHASE 50 release 2027-01-05 due 2027-01-05",
            "NUT PURCHASE 50 release 2027-01-07 due 2027-01-07");
  }

  @Test
  void a_period_order_quantity_covers_the_next_periods_less_their_receipts() {
    // 10 a day; an open order brings 5 on day 1. Day 0: 10+10+10 - 5 = 25; day 3: 10+10 (day 5 is
    // empty) = 20
    PlanningInput input =
        new PlanningInput()
            .item(item("PIN", SupplyType.BUY, 0, LotRule.POQ, null, null, null, 3, null))
            .receipt("PIN", day(1), dec("5"), "PO-1");
    for (int d = 0; d < 5; d++) {
      input.demand("PIN", day(d), dec("10"), "FC-" + d);
    }

    assertThat(plan(input))
        .containsExactly(
            "PIN PURCHASE 25 release 2027-01-04 due 2027-01-04",
            "PIN PURCHASE 20 release 2027-01-07 due 2027-01-07");
  }

  @Test
  void safety_stock_above_on_hand_plans_a_receipt_in_the_first_bucket() {
    PlanningInput input =
        new PlanningInput()
            .item(item("OIL", SupplyType.BUY, 0, LotRule.LFL, null, null, null, null, "10"))
            .onHand("OIL", dec("4"));

    assertThat(plan(input)).containsExactly("OIL PURCHASE 6 release 2027-01-04 due 2027-01-04");
  }

  @Test
  void planned_releases_explode_level_by_level_with_scrap_rounded_up_to_whole_pieces() {
    // PUMP: 7 due on day 5, an open order brings 2 on day 3 -> plan 5, released day 3 (lead 2).
    // Its open order does not explode again. 5 PUMP need 5 BODY, 5 x 3 x 1.10 = 16.5 -> 17 SEAL, 5
    // x 0.25 = 1.25 l OIL.
    // BODY: 5 on day 3, lead 1 -> released day 2 -> 5 SEAL on day 2. SEAL (lead 3): 5 on day 2
    // (past due), 17 on day 3.
    PlanningInput input =
        new PlanningInput()
            .item(lfl("PUMP", SupplyType.MAKE, 2))
            .item(lfl("BODY", SupplyType.MAKE, 1))
            .item(lfl("SEAL", SupplyType.BUY, 3))
            .item(litres("OIL"))
            .bomLine(BomLine.of("PUMP", "BODY", "1"))
            .bomLine(line("PUMP", "SEAL", "3", "10", null, null, false))
            .bomLine(BomLine.of("PUMP", "OIL", "0.25"))
            .bomLine(BomLine.of("BODY", "SEAL", "1"))
            .demand("PUMP", day(5), dec("7"), "SO-1")
            .receipt("PUMP", day(3), dec("2"), "PRD-1");

    MrpResult result = engine.plan(input);

    assertThat(orders(result))
        .containsExactlyInAnyOrder(
            "PUMP PRODUCTION 5 release 2027-01-07 due 2027-01-09",
            "BODY PRODUCTION 5 release 2027-01-06 due 2027-01-07",
            "SEAL PURCHASE 5 release 2027-01-03 due 2027-01-06 past due",
            "SEAL PURCHASE 17 release 2027-01-04 due 2027-01-07",
            "OIL PURCHASE 1.25 release 2027-01-07 due 2027-01-07");
    assertThat(result.record("SEAL").orElseThrow().lowLevelCode()).isEqualTo(2);
  }

  @Test
  void an_engineering_change_mid_horizon_switches_the_component_on_the_release_date() {
    // SEAL-OLD is valid up to 6 January, SEAL-NEW from 7 January: the release of 5 January takes
    // the old seal, the release of 9 January the new one
    PlanningInput input =
        new PlanningInput()
            .item(lfl("PUMP", SupplyType.MAKE, 1))
            .item(lfl("SEAL-OLD", SupplyType.BUY, 0))
            .item(lfl("SEAL-NEW", SupplyType.BUY, 0))
            .bomLine(line("PUMP", "SEAL-OLD", "1", "0", null, day(2), false))
            .bomLine(line("PUMP", "SEAL-NEW", "1", "0", day(3), null, false))
            .demand("PUMP", day(2), dec("4"), "SO-1")
            .demand("PUMP", day(6), dec("3"), "SO-2");

    assertThat(plan(input))
        .containsExactlyInAnyOrder(
            "PUMP PRODUCTION 4 release 2027-01-05 due 2027-01-06",
            "PUMP PRODUCTION 3 release 2027-01-09 due 2027-01-10",
            "SEAL-OLD PURCHASE 4 release 2027-01-05 due 2027-01-05",
            "SEAL-NEW PURCHASE 3 release 2027-01-09 due 2027-01-09");
  }

  @Test
  void a_firm_planned_order_is_kept_and_explodes_but_a_released_order_does_not() {
    // FPO-1 (firm, released on day 1) covers SO-1 and needs 5 SEAL on day 1; PRD-1 (already
    // released to the floor) covers SO-2 and has its seals already
    PlanningInput input =
        new PlanningInput()
            .item(lfl("PUMP", SupplyType.MAKE, 2))
            .item(lfl("SEAL", SupplyType.BUY, 0))
            .bomLine(BomLine.of("PUMP", "SEAL", "1"))
            .firmPlannedOrder("PUMP", day(1), day(3), dec("5"), "FPO-1")
            .receipt("PUMP", day(6), dec("2"), "PRD-1")
            .demand("PUMP", day(3), dec("5"), "SO-1")
            .demand("PUMP", day(6), dec("2"), "SO-2");

    MrpResult result = engine.plan(input);

    assertThat(orders(result)).containsExactly("SEAL PURCHASE 5 release 2027-01-05 due 2027-01-05");
    assertThat(result.directlyPeggedTo(1)).containsExactly("FPO-1");
    assertThat(result.peggedTo(1).demands()).containsExactly("SO-1");
  }

  @Test
  void a_phantom_is_planned_through_and_never_ordered() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("PUMP", SupplyType.MAKE, 0))
            .item(lfl("KIT", SupplyType.MAKE, 0))
            .item(lfl("SCREW", SupplyType.BUY, 0))
            .bomLine(line("PUMP", "KIT", "1", "0", null, null, true))
            .bomLine(BomLine.of("KIT", "SCREW", "4"))
            .demand("PUMP", day(2), dec("5"), "SO-1");

    assertThat(plan(input))
        .containsExactlyInAnyOrder(
            "PUMP PRODUCTION 5 release 2027-01-06 due 2027-01-06",
            "SCREW PURCHASE 20 release 2027-01-06 due 2027-01-06");
  }

  @Test
  void
      past_due_demand_falls_in_the_first_bucket_and_demand_beyond_the_horizon_is_counted_not_planned() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("BAR", SupplyType.BUY, 0))
            .demand("BAR", START.minusDays(3), dec("4"), "SO-late")
            .demand("BAR", day(10), dec("9"), "SO-far");

    MrpResult result = engine.plan(input);

    assertThat(orders(result)).containsExactly("BAR PURCHASE 4 release 2027-01-04 due 2027-01-04");
    assertThat(result.beyondHorizon()).isEqualTo(1);
  }

  @Test
  void a_bom_cycle_plans_nothing_and_names_its_items() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("A", SupplyType.MAKE, 0))
            .item(lfl("B", SupplyType.MAKE, 0))
            .bomLine(BomLine.of("A", "B", "1"))
            .bomLine(BomLine.of("B", "A", "1"));

    assertThatThrownBy(() -> engine.plan(input))
        .isInstanceOf(BomCycleException.class)
        .hasMessageContaining("A")
        .hasMessageContaining("B");
  }

  @Test
  void an_open_orders_allocation_is_demand_on_its_day_for_what_is_left_to_issue() {
    // PRD-7 makes 10 PUMP, each needing 2 BODY: 20 allocated, 8 issued (on hand 9 after the
    // issue), 12 left on its start, day 2. The open order does not explode again: BODY nets 12 - 9
    // = 3 on day 2, released a day earlier, and is pegged to the order's material line (3).
    PlanningInput input =
        new PlanningInput()
            .item(lfl("PUMP", SupplyType.MAKE, 2))
            .item(lfl("BODY", SupplyType.BUY, 1))
            .bomLine(BomLine.of("PUMP", "BODY", "2"))
            .receipt("PUMP", day(4), dec("10"), "PRD-7/1")
            .onHand("BODY", dec("9"))
            .demand("BODY", day(2), dec("12"), "PRD-7/3");

    MrpResult result = engine.plan(input);

    assertThat(orders(result)).containsExactly("BODY PURCHASE 3 release 2027-01-05 due 2027-01-06");
    assertThat(result.peggedTo(1).demands()).containsExactly("PRD-7/3");
    assertThat(result.record("BODY").orElseThrow().buckets())
        .extracting(b -> b.bucket() + ": " + b.gross() + " / " + b.projectedOnHand())
        .containsExactly("1: 0 / 9", "2: 12 / 0");
  }
}
