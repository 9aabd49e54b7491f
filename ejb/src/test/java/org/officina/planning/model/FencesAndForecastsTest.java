package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.planning.model.MrpFixtures.START;
import static org.officina.planning.model.MrpFixtures.day;
import static org.officina.planning.model.MrpFixtures.dec;
import static org.officina.planning.model.MrpFixtures.lfl;
import static org.officina.planning.model.MrpFixtures.orders;
import static org.officina.planning.model.MrpFixtures.weekdays;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.PlanningPolicy;
import org.officina.engineering.model.SupplyType;

/**
 * Time fences and forecast consumption worked by hand on BAR, bought lot for lot without a lead
 * time, from Monday 4 January 2027: every day a working day unless a calendar is given.
 */
class FencesAndForecastsTest {

  private final MrpEngine engine = new MrpEngine(START, 14);

  private static PlanningPolicy fences(int demandFence, int planningFence) {
    return new PlanningPolicy(demandFence, planningFence, null, null, null, null, null, null);
  }

  private static PlanningInput bar(PlanningPolicy policy) {
    return new PlanningInput().item(lfl("BAR", SupplyType.BUY, 0).withPlanning(policy));
  }

  private static List<String> records(MrpResult result) {
    return result.record("BAR").orElseThrow().buckets().stream()
        .map(
            b ->
                b.bucket()
                    + ": gross "
                    + b.gross()
                    + " on hand "
                    + b.projectedOnHand()
                    + " planned "
                    + b.plannedReceipt())
        .toList();
  }

  @Test
  void inside_the_planning_fence_nothing_is_proposed_the_shortage_is_reported_and_made_up_at_it() {
    // fence of 3 days: days 0-2. 10 needed on day 1 stays short (on hand -10) until day 3, where a
    // receipt of 10 makes it up; the 5 of day 4 is planned as usual
    PlanningInput input =
        bar(fences(0, 3))
            .demand("BAR", day(1), dec("10"), "SO-1")
            .demand("BAR", day(4), dec("5"), "SO-2");

    MrpResult result = engine.plan(input);

    assertThat(orders(result))
        .containsExactly(
            "BAR PURCHASE 10 release 2027-01-07 due 2027-01-07",
            "BAR PURCHASE 5 release 2027-01-08 due 2027-01-08");
    assertThat(records(result))
        .containsExactly(
            "1: gross 10 on hand -10 planned 0",
            "2: gross 0 on hand -10 planned 0",
            "3: gross 0 on hand 0 planned 10",
            "4: gross 5 on hand 0 planned 5");
    assertThat(result.messages())
        .extracting(m -> m.type() + " " + m.date() + " -> " + m.suggestedDate() + " " + m.qty())
        .containsExactly("FENCE_SHORTAGE 2027-01-05 -> 2027-01-07 10");
  }

  @Test
  void a_planning_fence_counts_working_days_and_ends_on_a_working_day() {
    // Monday to Friday: a fence of 5 working days covers 4-8 January; a need on Wednesday is made
    // up
    // on Monday 11 January
    PlanningInput input =
        bar(fences(0, 5)).plantCalendar(weekdays("PLANT")).demand("BAR", day(2), dec("8"), "SO-1");

    assertThat(orders(engine.plan(input)))
        .containsExactly("BAR PURCHASE 8 release 2027-01-11 due 2027-01-11");
  }

  @Test
  void inside_the_demand_fence_only_sales_orders_and_allocations_are_demand() {
    // demand fence of 3 days: the forecast of day 1 is dropped, the sales order of day 2 and the
    // allocation of day 1 count, the forecast of day 5 counts
    PlanningInput input =
        bar(fences(3, 0))
            .demand("BAR", day(1), dec("20"), "FC-1", DemandKind.FORECAST)
            .demand("BAR", day(1), dec("3"), "PRD-9/1", DemandKind.ALLOCATION)
            .demand("BAR", day(2), dec("7"), "SO-1")
            .demand("BAR", day(5), dec("20"), "FC-2", DemandKind.FORECAST);

    assertThat(orders(engine.plan(input)))
        .containsExactly(
            "BAR PURCHASE 3 release 2027-01-05 due 2027-01-05",
            "BAR PURCHASE 7 release 2027-01-06 due 2027-01-06",
            "BAR PURCHASE 20 release 2027-01-09 due 2027-01-09");
  }

  @Test
  void sales_orders_consume_the_forecast_backward_then_forward_and_the_record_shows_it() {
    // window of 3 days each way: the order of 15 on day 4 consumes the 10 of day 2 (backward), then
    // 5 of the 10 of day 6 (forward); 15 are needed on day 4 and 5 on day 6
    PlanningInput input =
        bar(new PlanningPolicy(0, 0, 3, 3, null, null, null, null))
            .demand("BAR", day(2), dec("10"), "FC-1", DemandKind.FORECAST)
            .demand("BAR", day(6), dec("10"), "FC-2", DemandKind.FORECAST)
            .demand("BAR", day(4), dec("15"), "SO-1");

    MrpResult result = engine.plan(input);

    assertThat(orders(result))
        .containsExactly(
            "BAR PURCHASE 15 release 2027-01-08 due 2027-01-08",
            "BAR PURCHASE 5 release 2027-01-10 due 2027-01-10");
    assertThat(result.record("BAR").orElseThrow().buckets())
        .filteredOn(b -> b.forecast().signum() > 0)
        .extracting(
            b ->
                b.bucket()
                    + ": forecast "
                    + b.forecast()
                    + " consumed "
                    + b.forecastConsumed()
                    + " left "
                    + b.forecastRemaining())
        .containsExactly("2: forecast 10 consumed 10 left 0", "6: forecast 10 consumed 5 left 5");
  }

  @Test
  void without_a_consumption_window_forecasts_and_sales_orders_both_count_as_before() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("BAR", SupplyType.BUY, 0))
            .demand("BAR", day(2), dec("10"), "FC-1", DemandKind.FORECAST)
            .demand("BAR", day(2), dec("4"), "SO-1");

    assertThat(orders(engine.plan(input)))
        .containsExactly("BAR PURCHASE 14 release 2027-01-06 due 2027-01-06");
  }
}
