package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.planning.model.MrpFixtures.START;
import static org.officina.planning.model.MrpFixtures.day;
import static org.officina.planning.model.MrpFixtures.dec;
import static org.officina.planning.model.MrpFixtures.lfl;
import static org.officina.planning.model.MrpFixtures.orders;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.PlanningPolicy;
import org.officina.engineering.model.SupplyType;

/**
 * The run's options and an item's own tolerances, worked by hand: BAR bought and PUMP made of one
 * BAR, lot for lot without lead time, from Monday 4 January 2027, every day a working day.
 */
class RunOptionsTest {

  private static MrpResult plan(PlanningInput input, MrpOptions options) {
    return new MrpEngine(MrpParameters.of(START, 14).with(options)).plan(input);
  }

  private static MrpOptions options(
      Set<PlannedOrderType> proposals,
      boolean reorderPoint,
      boolean pastDue,
      Set<MrpSource> sources) {
    return new MrpOptions(null, null, proposals, reorderPoint, pastDue, sources);
  }

  private static PlanningInput pumpOfBar() {
    return new PlanningInput()
        .item(lfl("PUMP", SupplyType.MAKE, 0))
        .item(lfl("BAR", SupplyType.BUY, 0))
        .bomLine(BomLine.of("PUMP", "BAR", "1"))
        .demand("PUMP", day(3), dec("10"), "SO-1");
  }

  private static String describe(ActionMessage m) {
    return m.type() + " " + m.item() + " " + m.date() + " " + m.qty();
  }

  @Test
  void a_run_that_proposes_only_purchases_reports_what_it_does_not_make() {
    // PUMP is not proposed: it is short 10 from day 3, and BAR, needed by no release, is not
    // planned
    MrpResult result =
        plan(pumpOfBar(), options(EnumSet.of(PlannedOrderType.PURCHASE), false, false, null));

    assertThat(orders(result)).isEmpty();
    assertThat(result.messages())
        .extracting(RunOptionsTest::describe)
        .containsExactly("SHORTAGE PUMP 2027-01-07 10");
  }

  @Test
  void a_run_without_suggestions_proposes_nothing_and_reports_every_shortage() {
    PlanningInput input = pumpOfBar().demand("BAR", day(5), dec("4"), "SO-2");

    MrpResult result = plan(input, options(Set.of(), false, false, null));

    assertThat(orders(result)).isEmpty();
    assertThat(result.messages())
        .extracting(RunOptionsTest::describe)
        .containsExactly("SHORTAGE PUMP 2027-01-07 10", "SHORTAGE BAR 2027-01-09 4");
  }

  @Test
  void sources_left_out_are_not_counted_stock_and_forecasts_here() {
    // without stock and forecasts only the sales order of 10 counts, from nothing on hand
    PlanningInput input =
        new PlanningInput()
            .item(lfl("BAR", SupplyType.BUY, 0))
            .onHand("BAR", dec("6"))
            .demand("BAR", day(1), dec("10"), "SO-1")
            .demand("BAR", day(2), dec("30"), "FC-1", DemandKind.FORECAST);

    MrpResult all = plan(input, MrpOptions.DEFAULT);
    MrpResult some =
        plan(
            input,
            options(
                null,
                false,
                false,
                EnumSet.complementOf(EnumSet.of(MrpSource.STOCK, MrpSource.FORECAST))));

    assertThat(orders(all))
        .containsExactly(
            "BAR PURCHASE 4 release 2027-01-05 due 2027-01-05",
            "BAR PURCHASE 30 release 2027-01-06 due 2027-01-06");
    assertThat(orders(some)).containsExactly("BAR PURCHASE 10 release 2027-01-05 due 2027-01-05");
  }

  @Test
  void ignoring_past_due_records_leaves_out_demand_and_open_orders_dated_before_the_start() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("BAR", SupplyType.BUY, 0))
            .demand("BAR", START.minusDays(2), dec("7"), "SO-late")
            .receipt("BAR", START.minusDays(1), dec("3"), "PO-late")
            .demand("BAR", day(2), dec("5"), "SO-1");

    assertThat(orders(plan(input, MrpOptions.DEFAULT)))
        .containsExactly(
            "BAR PURCHASE 4 release 2027-01-04 due 2027-01-04",
            "BAR PURCHASE 5 release 2027-01-06 due 2027-01-06");
    assertThat(orders(plan(input, options(null, false, true, null))))
        .containsExactly("BAR PURCHASE 5 release 2027-01-06 due 2027-01-06");
  }

  @Test
  void a_run_at_reorder_points_keeps_an_items_stock_at_its_reorder_point() {
    // reorder point 20, 25 on hand: the order of 10 on day 2 leaves 15, below 20, so 5 are bought
    PlanningInput input =
        new PlanningInput()
            .item(
                lfl("BAR", SupplyType.BUY, 0)
                    .withPlanning(
                        new PlanningPolicy(null, null, null, null, null, null, null, dec("20"))))
            .onHand("BAR", dec("25"))
            .demand("BAR", day(2), dec("10"), "SO-1");

    assertThat(orders(plan(input, MrpOptions.DEFAULT))).isEmpty();
    assertThat(orders(plan(input, options(null, true, false, null))))
        .containsExactly("BAR PURCHASE 5 release 2027-01-06 due 2027-01-06");
  }

  @Test
  void the_runs_consumption_window_applies_to_items_without_their_own() {
    PlanningInput input =
        new PlanningInput()
            .item(lfl("BAR", SupplyType.BUY, 0))
            .demand("BAR", day(2), dec("10"), "FC-1", DemandKind.FORECAST)
            .demand("BAR", day(3), dec("6"), "SO-1");

    assertThat(orders(plan(input, new MrpOptions(2, 0, null, false, false, null))))
        .containsExactly(
            "BAR PURCHASE 4 release 2027-01-06 due 2027-01-06",
            "BAR PURCHASE 6 release 2027-01-07 due 2027-01-07");
  }

  @Test
  void an_items_own_tolerances_replace_the_runs_and_spare_small_quantity_changes() {
    // PO-1 of 10 due day 5, needed day 2 (3 days late) and only 9.5 of it: the run's late tolerance
    // (0) expedites and decreases it; the item's own (3 days late, 10 %) says nothing
    PlanningInput input =
        new PlanningInput()
            .item(MrpFixtures.litres("OIL"))
            .receipt("OIL", day(5), dec("10"), "PO-1")
            .demand("OIL", day(2), dec("9.5"), "SO-1");
    PlanningInput tolerant =
        new PlanningInput()
            .item(
                MrpFixtures.litres("OIL")
                    .withPlanning(
                        new PlanningPolicy(null, null, null, null, 2, 3, dec("10"), null)))
            .receipt("OIL", day(5), dec("10"), "PO-1")
            .demand("OIL", day(2), dec("9.5"), "SO-1");

    assertThat(plan(input, MrpOptions.DEFAULT).messages())
        .extracting(m -> m.type().name())
        .containsExactly("EXPEDITE", "DECREASE");
    assertThat(plan(tolerant, MrpOptions.DEFAULT).messages()).isEmpty();
  }
}
