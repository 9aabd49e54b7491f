package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.planning.model.MrpFixtures.START;
import static org.officina.planning.model.MrpFixtures.day;
import static org.officina.planning.model.MrpFixtures.dec;
import static org.officina.planning.model.MrpFixtures.lfl;
import static org.officina.planning.model.MrpFixtures.orders;
import static org.officina.planning.model.MrpFixtures.withSafetyStock;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.SupplyType;

/**
 * Action messages: open orders are never changed, MRP says what to do with them, within an early
 * tolerance of 2 days and a late tolerance of 0 (the defaults).
 */
class ActionMessagesTest {

  private final MrpEngine engine = new MrpEngine(START, 20);

  private List<String> messages(PlanningInput input) {
    return engine.plan(input).messages().stream()
        .map(
            m ->
                String.join(
                    " ",
                    m.type().name(),
                    m.item(),
                    String.valueOf(m.reference()),
                    m.date() + ">" + m.suggestedDate(),
                    m.qty().toPlainString()))
        .toList();
  }

  @Test
  void an_order_due_after_it_is_needed_is_expedited_and_one_due_too_early_is_deferred() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("VALVE", SupplyType.BUY, 0))
            .receipt("VALVE", day(6), dec("10"), "PO-1")
            .receipt("VALVE", day(9), dec("5"), "PO-2")
            .receipt("VALVE", day(12), dec("5"), "PO-3")
            .demand("VALVE", day(3), dec("10"), "SO-1")
            .demand("VALVE", day(11), dec("5"), "SO-2")
            .demand("VALVE", day(18), dec("5"), "SO-3");

    // PO-1 is needed on day 3; PO-2 on day 11, two days late: within the early tolerance; PO-3 on
    // day 18, six days after it is due
    assertThat(messages(input))
        .contains(
            "EXPEDITE VALVE PO-1 2027-01-10>2027-01-07 10",
            "DEFER VALVE PO-3 2027-01-16>2027-01-22 5")
        .noneMatch(m -> m.contains("PO-2"));
  }

  @Test
  void a_run_that_suppresses_expedite_and_defer_gives_neither_but_still_plans_and_warns() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("VALVE", SupplyType.BUY, 0))
            .receipt("VALVE", day(6), dec("10"), "PO-1")
            .receipt("VALVE", day(12), dec("5"), "PO-3")
            .demand("VALVE", day(3), dec("10"), "SO-1")
            .demand("VALVE", day(18), dec("5"), "SO-3")
            .demand("VALVE", START.minusDays(1), dec("2"), "SO-0");
    MrpParameters quiet =
        new MrpParameters(START, 20, 2, 0, Set.of(MessageType.EXPEDITE, MessageType.DEFER));

    MrpResult result = new MrpEngine(quiet).plan(input);

    assertThat(result.messages())
        .extracting(ActionMessage::type)
        .isNotEmpty()
        .doesNotContain(MessageType.EXPEDITE, MessageType.DEFER);
    assertThat(messages(input)).anyMatch(m -> m.startsWith("EXPEDITE VALVE PO-1"));
    assertThat(orders(result)).isEqualTo(orders(engine.plan(input)));
  }

  @Test
  void an_order_not_needed_is_cancelled_one_needed_in_part_decreased_an_overdue_one_reported() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("BOLT", SupplyType.BUY, 0))
            .item(lfl("NUT", SupplyType.BUY, 0))
            .item(lfl("PIN", SupplyType.BUY, 0))
            .receipt("BOLT", day(4), dec("7"), "PO-1")
            .receipt("NUT", day(5), dec("25"), "PO-2")
            .demand("NUT", day(5), dec("10"), "SO-1")
            .receipt("PIN", START.minusDays(3), dec("4"), "PO-3")
            .demand("PIN", day(2), dec("4"), "SO-2");

    assertThat(messages(input))
        .containsExactlyInAnyOrder(
            "CANCEL BOLT PO-1 2027-01-08>2027-01-08 7",
            "DECREASE NUT PO-2 2027-01-09>2027-01-09 15",
            "PAST_DUE PIN PO-3 2027-01-01>2027-01-06 4");
  }

  @Test
  void a_planned_order_due_with_an_open_order_suggests_increasing_it() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("VALVE", SupplyType.BUY, 0))
            .receipt("VALVE", day(4), dec("10"), "PO-1")
            .demand("VALVE", day(4), dec("20"), "SO-1");

    assertThat(messages(input)).contains("INCREASE VALVE PO-1 2027-01-08>2027-01-08 10");
  }

  @Test
  void releases_due_today_or_before_and_stock_below_safety_stock_are_reported() {
    // BAR, lead 2: for day 1 it should have been released yesterday, for day 2 today
    PlanningInput input =
        new PlanningInput()
            .item(lfl("BAR", SupplyType.BUY, 2))
            .item(withSafetyStock("OIL", SupplyType.BUY, 0, "10"))
            .onHand("OIL", dec("4"))
            .demand("BAR", day(1), dec("3"), "SO-1")
            .demand("BAR", day(2), dec("5"), "SO-2");

    assertThat(messages(input))
        .containsExactlyInAnyOrder(
            "PAST_DUE BAR PLN-1 2027-01-03>2027-01-04 3",
            "RELEASE_NOW BAR PLN-2 2027-01-04>2027-01-04 5",
            "BELOW_SAFETY_STOCK OIL null 2027-01-04>2027-01-04 6",
            "RELEASE_NOW OIL PLN-3 2027-01-04>2027-01-04 6");
  }

  @Test
  void a_made_item_without_a_bill_or_a_routing_and_a_lead_time_beyond_the_horizon_are_reported() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("NO-BILL", SupplyType.MAKE, 0))
            .item(lfl("NO-ROUTING", SupplyType.MAKE, 0))
            .item(lfl("COMPLETE", SupplyType.MAKE, 0))
            .item(lfl("CASTING", SupplyType.BUY, 25))
            .bomLine(BomLine.of("NO-ROUTING", "CASTING", "1"))
            .bomLine(BomLine.of("COMPLETE", "CASTING", "1"))
            .operation("NO-BILL", 10, "LATHE", BigDecimal.ZERO, BigDecimal.ZERO)
            .operation("COMPLETE", 10, "LATHE", BigDecimal.ZERO, BigDecimal.ZERO)
            .demand("NO-BILL", day(10), dec("1"), "SO-1")
            .demand("NO-ROUTING", day(10), dec("1"), "SO-2")
            .demand("COMPLETE", day(10), dec("1"), "SO-3");

    assertThat(messages(input))
        .filteredOn(m -> !m.startsWith("PAST_DUE"))
        .containsExactlyInAnyOrder(
            "NO_BOM_OR_ROUTING NO-BILL null 2027-01-04>2027-01-04 1",
            "NO_BOM_OR_ROUTING NO-ROUTING null 2027-01-04>2027-01-04 1",
            "LEAD_TIME_EXCEEDS_HORIZON CASTING null 2027-01-04>2027-01-04 2");
  }
}
