package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.planning.model.MrpFixtures.START;
import static org.officina.planning.model.MrpFixtures.dec;
import static org.officina.planning.model.MrpFixtures.lfl;
import static org.officina.planning.model.MrpFixtures.orders;
import static org.officina.planning.model.MrpFixtures.weekdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.SupplyType;
import org.officina.resources.model.Shift;
import org.officina.resources.model.WorkingCalendar;

/**
 * A bought or subcontracted item is planned with its preferred supplier's lead time, from the price
 * list that holds on the run's start, and on the supplier's own calendar. The plant works Monday to
 * Friday; the heat treater Monday to Thursday. 4 January 2027 is a Monday.
 */
class MrpSupplierTermsTest {

  private final MrpEngine engine = new MrpEngine(START, 21);

  private static WorkingCalendar mondayToThursday() {
    Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 4) {
        week.put(day, List.of(Shift.of("06:00", "22:00")));
      }
    }
    return new WorkingCalendar("HEAT", ZoneOffset.UTC, week, Map.of());
  }

  private static PlanningInput hardenedShafts(PlanningInput.SupplierTerms terms) {
    return new PlanningInput()
        .plantCalendar(weekdays("PLANT"))
        .item(lfl("SHAFT-H", SupplyType.SUBCONTRACT, 3))
        .supplierTerms("SHAFT-H", terms)
        .demand("SHAFT-H", LocalDate.of(2027, 1, 15), dec("40"), "SO-1");
  }

  @Test
  void a_subcontracted_item_takes_its_subcontractors_lead_time_on_the_subcontractors_calendar() {
    // Needed Friday 15th, when HEAT does not work: due Thursday 14th; five of HEAT's working days
    // before: Wednesday 13th, Tuesday 12th, Monday 11th, Thursday 7th, Wednesday 6th.
    PlanningInput input =
        hardenedShafts(
            new PlanningInput.SupplierTerms(LocalDate.of(2026, 1, 1), null, 5, mondayToThursday()));

    assertThat(orders(engine.plan(input)))
        .containsExactly("SHAFT-H SUBCONTRACT 40 release 2027-01-06 due 2027-01-14");
  }

  @Test
  void a_list_that_no_longer_holds_leaves_the_items_lead_time_counted_on_the_suppliers_days() {
    // Due Thursday 14th (HEAT is closed on Fridays); three of HEAT's working days before: Monday
    // 11th.
    PlanningInput input =
        hardenedShafts(
            new PlanningInput.SupplierTerms(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 5, mondayToThursday()));

    assertThat(orders(engine.plan(input)))
        .containsExactly("SHAFT-H SUBCONTRACT 40 release 2027-01-11 due 2027-01-14");
  }

  @Test
  void
      a_list_without_a_lead_time_keeps_the_items_own_and_a_supplier_without_a_calendar_the_plants() {
    PlanningInput input =
        hardenedShafts(new PlanningInput.SupplierTerms(LocalDate.of(2026, 1, 1), null, null, null));

    assertThat(orders(engine.plan(input)))
        .containsExactly("SHAFT-H SUBCONTRACT 40 release 2027-01-12 due 2027-01-15");
  }

  @Test
  void the_latest_list_to_start_holds_when_periods_overlap() {
    PlanningInput input =
        hardenedShafts(new PlanningInput.SupplierTerms(LocalDate.of(2026, 1, 1), null, 9, null))
            .supplierTerms(
                "SHAFT-H",
                new PlanningInput.SupplierTerms(LocalDate.of(2026, 6, 1), null, 1, null));

    assertThat(orders(engine.plan(input)))
        .containsExactly("SHAFT-H SUBCONTRACT 40 release 2027-01-14 due 2027-01-15");
  }
}
