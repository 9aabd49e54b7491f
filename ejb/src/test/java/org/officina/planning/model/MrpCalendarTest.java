package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.planning.model.MrpFixtures.START;
import static org.officina.planning.model.MrpFixtures.dec;
import static org.officina.planning.model.MrpFixtures.lfl;
import static org.officina.planning.model.MrpFixtures.orders;
import static org.officina.planning.model.MrpFixtures.weekdays;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.resources.model.Shift;
import org.officina.resources.model.WorkingCalendar;

/**
 * Lead times in working days and dates on working days (MRP-SEMANTICS.md part 2). The plant works
 * Monday to Friday; 4 January 2027 is a Monday.
 */
class MrpCalendarTest {

  private final MrpEngine engine = new MrpEngine(START, 21);

  @Test
  void a_receipt_needed_on_a_sunday_is_due_on_friday_and_released_working_days_before() {
    // Sunday 10th -> due Friday 8th, 3 working days before: Tuesday 5th. Tuesday 12th -> released
    // Monday 11th (1), Friday 8th (2), Thursday 7th (3). Wednesday 6th with 5 days -> 30 December.
    PlanningInput input =
        new PlanningInput()
            .plantCalendar(weekdays("PLANT"))
            .item(lfl("BAR", SupplyType.BUY, 3))
            .item(lfl("PIN", SupplyType.BUY, 5))
            .demand("BAR", LocalDate.of(2027, 1, 10), dec("5"), "SO-1")
            .demand("BAR", LocalDate.of(2027, 1, 12), dec("2"), "SO-2")
            .demand("PIN", LocalDate.of(2027, 1, 6), dec("1"), "SO-3");

    assertThat(orders(engine.plan(input)))
        .containsExactly(
            "BAR PURCHASE 5 release 2027-01-05 due 2027-01-08",
            "BAR PURCHASE 2 release 2027-01-07 due 2027-01-12",
            "PIN PURCHASE 1 release 2026-12-30 due 2027-01-06 past due");
  }

  @Test
  void demand_of_saturday_and_sunday_makes_one_order_on_friday() {
    PlanningInput input =
        new PlanningInput()
            .plantCalendar(weekdays("PLANT"))
            .item(lfl("BAR", SupplyType.BUY, 0))
            .demand("BAR", LocalDate.of(2027, 1, 9), dec("4"), "SO-1")
            .demand("BAR", LocalDate.of(2027, 1, 10), dec("6"), "SO-2");

    MrpResult result = engine.plan(input);

    assertThat(orders(result)).containsExactly("BAR PURCHASE 10 release 2027-01-08 due 2027-01-08");
    assertThat(result.directlyPeggedTo(1)).containsExactly("SO-1", "SO-2");
  }

  @Test
  void a_made_item_counts_its_lead_time_on_the_calendar_of_its_last_work_center() {
    // GEAR is finished on a work center that runs every day: due Sunday 10th, released Friday
    // 8th. Its bought blank follows the plant calendar (Monday to Friday, the calendar of most work
    // centers): needed Friday 8th, one working day before is Thursday 7th.
    WorkingCalendar weekdays = weekdays("DAY");
    PlanningInput input =
        new PlanningInput()
            .workCenter("LATHE", weekdays)
            .workCenter("MILL", weekdays)
            .workCenter("HARDENING", WorkingCalendar.everyDay(ZoneOffset.UTC))
            .item(lfl("GEAR", SupplyType.MAKE, 2))
            .item(lfl("BLANK", SupplyType.BUY, 1))
            .operation("GEAR", 10, "HARDENING", BigDecimal.ZERO, BigDecimal.ZERO)
            .bomLine(BomLine.of("GEAR", "BLANK", "1"))
            .demand("GEAR", LocalDate.of(2027, 1, 10), dec("3"), "SO-1");

    assertThat(orders(engine.plan(input)))
        .containsExactly(
            "GEAR PRODUCTION 3 release 2027-01-08 due 2027-01-10",
            "BLANK PURCHASE 3 release 2027-01-07 due 2027-01-08");
  }

  @Test
  void a_made_item_that_takes_its_lead_time_from_the_routing_takes_what_each_work_center_needs() {
    // The lathe works 8 hours a day, the oven 16. 20 shafts: (60 + 20 x 30) / 480 = 1.375 days on
    // the lathe, (360 + 20 x 12) / 960 = 0.625 in the oven: 2 working days, released Wednesday 13th
    // for Friday 15th. 21 shafts: 1.4375 + 0.6375 = 2.075, so 3 days: Tuesday 19th for Friday 22nd.
    // The fixed lead time of 9 days does not count; the pin, without a routing, keeps its own.
    Map<DayOfWeek, List<Shift>> twoShifts = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      twoShifts.put(day, List.of(Shift.of("06:00", "14:00"), Shift.of("14:00", "22:00")));
    }
    PlanningInput input =
        new PlanningInput()
            .workCenter("LATHE", weekdays("DAY"))
            .workCenter("OVEN", new WorkingCalendar("TWO", ZoneOffset.UTC, twoShifts, Map.of()))
            .item(fromRouting("SHAFT"))
            .item(fromRouting("PIN"))
            .operation("SHAFT", 10, "LATHE", dec("60"), dec("30"))
            .operation("SHAFT", 20, "OVEN", dec("360"), dec("12"))
            .demand("SHAFT", LocalDate.of(2027, 1, 15), dec("20"), "SO-1")
            .demand("SHAFT", LocalDate.of(2027, 1, 22), dec("21"), "SO-2")
            .demand("PIN", LocalDate.of(2027, 1, 22), dec("5"), "SO-3");

    assertThat(orders(engine.plan(input)))
        .containsExactly(
            "PIN PRODUCTION 5 release 2027-01-11 due 2027-01-22",
            "SHAFT PRODUCTION 20 release 2027-01-13 due 2027-01-15",
            "SHAFT PRODUCTION 21 release 2027-01-19 due 2027-01-22");
  }

  private static ItemData fromRouting(String code) {
    return new ItemData(
        code,
        "",
        UnitOfMeasure.PCS,
        SupplyType.MAKE,
        9,
        LotRule.LFL,
        null,
        null,
        null,
        null,
        null,
        true,
        null,
        null);
  }
}
