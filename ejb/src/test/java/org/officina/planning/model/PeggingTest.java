package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.planning.model.MrpFixtures.START;
import static org.officina.planning.model.MrpFixtures.day;
import static org.officina.planning.model.MrpFixtures.dec;
import static org.officina.planning.model.MrpFixtures.item;
import static org.officina.planning.model.MrpFixtures.lfl;
import static org.officina.planning.model.MrpFixtures.orders;
import static org.officina.planning.model.MrpFixtures.withSafetyStock;

import org.junit.jupiter.api.Test;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.SupplyType;

/** Every planned order knows what it covers, one level up and at the top of its chain. */
class PeggingTest {

  private final MrpEngine engine = new MrpEngine(START, 10);

  @Test
  void a_component_lot_is_pegged_to_the_parent_orders_and_through_them_to_the_sales_orders() {
    // PUMP: PLN-1 (4 for SO-1, released day 2) and PLN-2 (1 for SO-2, released day 4). SEAL, 2 per
    // pump, bought in lots of 20: PLN-3 covers 8 for PLN-1 and 2 for PLN-2
    PlanningInput input =
        new PlanningInput()
            .item(lfl("PUMP", SupplyType.MAKE, 1))
            .item(item("SEAL", SupplyType.BUY, 0, LotRule.FOQ, "20", null, null, null, null))
            .bomLine(BomLine.of("PUMP", "SEAL", "2"))
            .demand("PUMP", day(3), dec("4"), "SO-1")
            .demand("PUMP", day(5), dec("1"), "SO-2");

    MrpResult result = engine.plan(input);

    assertThat(orders(result))
        .containsExactly(
            "PUMP PRODUCTION 4 release 2027-01-06 due 2027-01-07",
            "PUMP PRODUCTION 1 release 2027-01-08 due 2027-01-09",
            "SEAL PURCHASE 20 release 2027-01-06 due 2027-01-06");
    assertThat(result.directlyPeggedTo(1)).containsExactly("SO-1");
    assertThat(result.directlyPeggedTo(3)).containsExactly("PLN-1", "PLN-2");
    assertThat(result.peggedTo(3).demands()).containsExactly("SO-1", "SO-2");
  }

  @Test
  void stock_on_hand_covers_the_first_demand_and_the_planned_order_the_next() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("BAR", SupplyType.BUY, 0))
            .onHand("BAR", dec("5"))
            .demand("BAR", day(1), dec("5"), "SO-1")
            .demand("BAR", day(2), dec("3"), "SO-2");

    assertThat(engine.plan(input).directlyPeggedTo(1)).containsExactly("SO-2");
  }

  @Test
  void an_order_that_restores_safety_stock_is_pegged_to_it() {
    PlanningInput input =
        new PlanningInput()
            .item(withSafetyStock("OIL", SupplyType.BUY, 0, "10"))
            .onHand("OIL", dec("4"));

    MrpResult result = engine.plan(input);

    assertThat(result.directlyPeggedTo(1)).containsExactly("SAFETY_STOCK");
    assertThat(result.peggedTo(1).safetyStockOf()).containsExactly("OIL");
    assertThat(result.peggedTo(1).demands()).isEmpty();
  }
}
