package org.officina.planning.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.SupplyType;
import org.officina.resources.model.WorkingCalendar;
import org.officina.resources.model.WorkingInterval;

/**
 * Lead times from the routing, for made items that take theirs from it: each operation's setup,
 * fixed, queue and move minutes plus the order's quantity times its run minutes, in working days of
 * its work center (the minutes that center works on an average working day of the run; a center
 * without a calendar works 24 hours a day), summed over the operations and rounded up to whole
 * days. Overlap between operations is not counted.
 */
final class RoutingLeadTimes {

  private static final double FULL_DAY = 24 * 60;
  private static final double ROUNDING = 1e-9;

  private final double[] orderDays;
  private final double[] unitDays;

  RoutingLeadTimes(PlanningInput input, ItemData[] items, int firstDay, int lastDay) {
    orderDays = new double[items.length];
    unitDays = new double[items.length];
    Map<WorkingCalendar, Double> dayMinutes = new IdentityHashMap<>();
    for (int i = 0; i < items.length; i++) {
      List<PlanningInput.TimedOperation> routing = input.routings.get(items[i].code());
      if (routing == null
          || !Boolean.TRUE.equals(items[i].leadTimeFromRouting())
          || items[i].supplyType() != SupplyType.MAKE) {
        continue;
      }
      for (PlanningInput.TimedOperation operation : routing) {
        WorkingCalendar calendar = input.workCenterCalendars.get(operation.workCenter());
        double minutes =
            calendar == null
                ? FULL_DAY
                : dayMinutes.computeIfAbsent(calendar, c -> averageDay(c, firstDay, lastDay));
        orderDays[i] += operation.orderMinutes() / minutes;
        unitDays[i] += operation.unitMinutes() / minutes;
      }
    }
  }

  /** The minutes a calendar works on an average working day between two days. */
  private static double averageDay(WorkingCalendar calendar, int firstDay, int lastDay) {
    long minutes = 0;
    int days = 0;
    for (int day = firstDay; day <= lastDay; day++) {
      List<WorkingInterval> intervals = calendar.intervalsOn(LocalDate.ofEpochDay(day));
      if (!intervals.isEmpty()) {
        days++;
        minutes +=
            intervals.stream().map(WorkingInterval::length).mapToLong(Duration::toMinutes).sum();
      }
    }
    return days == 0 || minutes == 0 ? FULL_DAY : (double) minutes / days;
  }

  /** Whether the item's lead time comes from its routing. */
  boolean applies(int item) {
    return orderDays[item] > 0 || unitDays[item] > 0;
  }

  /** The working days an order of the quantity (in millionths) takes. */
  int days(int item, long qty) {
    double days = orderDays[item] + unitDays[item] * qty / Micro.ONE;
    return (int) Math.ceil(days - ROUNDING);
  }
}
