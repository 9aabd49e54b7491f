package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.resources.model.Shift;
import org.officina.resources.model.WorkingCalendar;

/** Items, dates and orders as the MRP tests write them; the start is Monday 4 January 2027. */
final class MrpFixtures {

  static final LocalDate START = LocalDate.of(2027, 1, 4);

  private MrpFixtures() {}

  static ItemData item(
      String code,
      SupplyType type,
      int lead,
      LotRule rule,
      String qty,
      String min,
      String multiple,
      Integer periods,
      String safety) {
    return new ItemData(
        code,
        "",
        UnitOfMeasure.PCS,
        type,
        lead,
        rule,
        dec(qty),
        dec(min),
        dec(multiple),
        periods,
        dec(safety));
  }

  static ItemData lfl(String code, SupplyType type, int lead) {
    return item(code, type, lead, LotRule.LFL, null, null, null, null, null);
  }

  /** A bought liquid, in litres: quantities are not rounded to whole units. */
  static ItemData litres(String code) {
    return new ItemData(
        code, "", UnitOfMeasure.L, SupplyType.BUY, 0, LotRule.LFL, null, null, null, null, null);
  }

  static ItemData withSafetyStock(String code, SupplyType type, int lead, String safety) {
    return item(code, type, lead, LotRule.LFL, null, null, null, null, safety);
  }

  /** A line of a bill per unit of the parent, consumed at the first operation, not alternate. */
  static BomLine line(
      String parent,
      String component,
      String qtyPer,
      String scrapPct,
      LocalDate validFrom,
      LocalDate validTo,
      boolean phantom) {
    return new BomLine(
        parent,
        component,
        dec(qtyPer),
        false,
        dec(scrapPct),
        validFrom,
        validTo,
        0,
        phantom,
        null,
        1);
  }

  static BigDecimal dec(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  static LocalDate day(int bucket) {
    return START.plusDays(bucket);
  }

  /** A planned order as one line: item, type, quantity, release and due dates, past due. */
  static String order(PlannedOrder o) {
    return o.item()
        + " "
        + o.type()
        + " "
        + o.qty().toPlainString()
        + " release "
        + o.releaseDate()
        + " due "
        + o.dueDate()
        + (o.pastDue() ? " past due" : "");
  }

  static List<String> orders(MrpResult result) {
    return result.plannedOrders().stream().map(MrpFixtures::order).toList();
  }

  /** Monday to Friday, one shift, no holidays. */
  static WorkingCalendar weekdays(String code) {
    Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        week.put(day, List.of(Shift.of("08:00", "16:00")));
      }
    }
    return new WorkingCalendar(code, ZoneOffset.UTC, week, Map.of());
  }
}
