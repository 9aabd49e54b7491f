package org.officina.planning.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.SupplyType;
import org.officina.resources.model.WorkingCalendar;

/**
 * What one MRP run plans from, in memory: the items with their planning parameters, the bills,
 * which items have a routing, the stock on hand, the open supply (scheduled receipts and firm
 * planned orders), the demand, and the working calendars. Bulk loaders fill it with a few set-based
 * queries; tests fill it by hand.
 */
public final class PlanningInput {

  /** A quantity of an item due on a date, and what it is (an order number, a forecast). */
  public record Dated(String item, LocalDate date, BigDecimal qty, String reference) {}

  /** A planned order a planner firmed: supply MRP keeps, whose components are still to allocate. */
  public record Firm(
      String item, LocalDate releaseDate, LocalDate dueDate, BigDecimal qty, String reference) {}

  /**
   * What the preferred supplier of a bought or subcontracted item says for a period (its price
   * list's): its lead time in days (null: the item's own) and the working calendar it keeps (null:
   * the plant's). Open-ended at either end when a day is null.
   */
  public record SupplierTerms(
      LocalDate validFrom, LocalDate validTo, Integer leadTimeDays, WorkingCalendar calendar) {

    boolean holdOn(LocalDate day) {
      return (validFrom == null || !validFrom.isAfter(day))
          && (validTo == null || !validTo.isBefore(day));
    }
  }

  /** A planned order of the live plan that a net-change run keeps as it is, with its number. */
  public record KeptOrder(int number, LocalDate release, LocalDate due, BigDecimal qty) {}

  /**
   * An item a net-change run does not re-plan: its level in the whole plant, its planned orders.
   */
  record KeptItem(int lowLevelCode, List<KeptOrder> orders) {}

  final Map<String, ItemData> items = new HashMap<>();
  final Map<String, KeptItem> kept = new HashMap<>();
  int firstNumber = 1;
  final Map<String, int[]> liveNumbers = new HashMap<>();
  final List<BomLine> bom = new ArrayList<>();
  final Map<String, BigDecimal> onHand = new HashMap<>();
  final List<Dated> receipts = new ArrayList<>();
  final List<Dated> demand = new ArrayList<>();
  final List<DemandKind> demandKinds = new ArrayList<>();
  final List<MrpSource> receiptKinds = new ArrayList<>();
  final List<Firm> firmPlanned = new ArrayList<>();
  final Map<String, String> lastWorkCenter = new HashMap<>();
  private final Map<String, Integer> lastOperation = new HashMap<>();
  final Map<String, List<TimedOperation>> routings = new HashMap<>();
  final Map<String, WorkingCalendar> workCenterCalendars = new HashMap<>();
  WorkingCalendar plantCalendar;
  private final Map<String, List<SupplierTerms>> supplierTerms = new HashMap<>();
  private boolean codesShared;

  public PlanningInput item(ItemData item) {
    items.put(item.code(), item);
    return this;
  }

  /**
   * Says that from now on the lines given name their items by the very strings the items already
   * given hold as codes, as a loader that reads codes by id does: they are not looked up again,
   * which was a seventh of the time a 200,000-item plant took to load.
   */
  public PlanningInput codesShared() {
    codesShared = true;
    return this;
  }

  /** A line of a bill; its items' codes are shared with the items already given. */
  public PlanningInput bomLine(BomLine line) {
    if (codesShared) {
      bom.add(line);
      return this;
    }
    bom.add(
        new BomLine(
            code(line.parent()),
            code(line.component()),
            line.qtyPer(),
            line.fixedPerOrder(),
            line.scrapPct(),
            line.validFrom(),
            line.validTo(),
            line.operationSeq(),
            line.phantom(),
            line.alternateFor(),
            line.priority()));
    return this;
  }

  /**
   * The code as the item holds it: a large plant's bills and demand name its items millions of
   * times, each as its own string when read from a file.
   */
  private String code(String item) {
    if (codesShared) {
      return item;
    }
    ItemData known = items.get(item);
    return known == null ? item : known.code();
  }

  /**
   * An item whose plan stays as the live plan has it, because neither it nor anything above it
   * changed: a net-change run gives it no new planned orders and explodes these into the
   * requirements of its components that are re-planned. A kept item's parents in the run are kept
   * too.
   *
   * @param lowLevelCode the item's level in the whole plant, as the live plan has it
   */
  public PlanningInput keep(String item, int lowLevelCode, List<KeptOrder> orders) {
    kept.put(
        item,
        new KeptItem(
            lowLevelCode,
            orders.stream().sorted(Comparator.comparingInt(KeptOrder::number)).toList()));
    return this;
  }

  /**
   * The numbers the live plan gave an item a net-change run re-plans: the run gives them back to
   * its new orders if they are no more than before.
   */
  public PlanningInput liveNumbers(String item, int first, int count) {
    liveNumbers.put(item, new int[] {first, count});
    return this;
  }

  /** The first number the run may give a planned order (1 unless it adds to a live plan). */
  public PlanningInput numberFrom(int first) {
    if (first < 1) {
      throw new IllegalArgumentException("planned orders are numbered from 1, not " + first);
    }
    firstNumber = first;
    return this;
  }

  /** Adds to the item's stock on hand. */
  public PlanningInput onHand(String item, BigDecimal qty) {
    onHand.merge(item, qty, BigDecimal::add);
    return this;
  }

  /** An open purchase order's receipt: supply MRP keeps. */
  public PlanningInput receipt(String item, LocalDate due, BigDecimal qty, String reference) {
    return receipt(item, due, qty, reference, MrpSource.PURCHASE);
  }

  /**
   * An open order's receipt, of its kind (a purchase, production or subcontract order): supply MRP
   * keeps.
   */
  public PlanningInput receipt(
      String item, LocalDate due, BigDecimal qty, String reference, MrpSource kind) {
    receipts.add(new Dated(code(item), due, qty, reference));
    receiptKinds.add(kind);
    return this;
  }

  /** A sales order line: demand on its due date. */
  public PlanningInput demand(String item, LocalDate due, BigDecimal qty, String reference) {
    return demand(item, due, qty, reference, DemandKind.SALES);
  }

  /**
   * Demand of a kind: a sales order line, a forecast, or an allocation (what an open order still
   * needs of a material, on the day it needs it).
   */
  public PlanningInput demand(
      String item, LocalDate due, BigDecimal qty, String reference, DemandKind kind) {
    demand.add(new Dated(code(item), due, qty, reference));
    demandKinds.add(kind);
    return this;
  }

  /** A planned order firmed by a planner, released on a date: MRP keeps it and explodes it. */
  public PlanningInput firmPlannedOrder(
      String item, LocalDate release, LocalDate due, BigDecimal qty, String reference) {
    firmPlanned.add(new Firm(item, release, due, qty, reference));
    return this;
  }

  /** How long an operation takes: per order (setup, fixed, queue, move) and per unit (run). */
  record TimedOperation(String workCenter, double orderMinutes, double unitMinutes) {}

  /**
   * An operation of the item's routing (not a sub-operation), in any order: the routing ends on the
   * work center of the operation with the highest number. Its times make the item's lead time when
   * the item has no fixed one.
   *
   * @param orderMinutes setup, fixed, queue and move minutes, once per order
   * @param unitMinutes run minutes for each unit made
   */
  public PlanningInput operation(
      String item, int seq, String workCenter, BigDecimal orderMinutes, BigDecimal unitMinutes) {
    Integer last = lastOperation.get(item);
    if (last == null || seq >= last) {
      lastOperation.put(item, seq);
      lastWorkCenter.put(item, workCenter);
    }
    routings
        .computeIfAbsent(item, code -> new ArrayList<>())
        .add(new TimedOperation(workCenter, minutes(orderMinutes), minutes(unitMinutes)));
    return this;
  }

  private static double minutes(BigDecimal value) {
    return value == null ? 0 : value.doubleValue();
  }

  /** A work center and its calendar (null: every day is a working day). */
  public PlanningInput workCenter(String code, WorkingCalendar calendar) {
    if (calendar != null) {
      workCenterCalendars.put(code, calendar);
    }
    return this;
  }

  /**
   * The calendar whose working days count the lead times of items bought, subcontracted or made
   * without a routing. Without one, the calendar that most work centers follow; without work center
   * calendars, every day is a working day.
   */
  public PlanningInput plantCalendar(WorkingCalendar calendar) {
    plantCalendar = calendar;
    return this;
  }

  /** What an item's preferred supplier says for a period. */
  public PlanningInput supplierTerms(String item, SupplierTerms terms) {
    supplierTerms.computeIfAbsent(code(item), k -> new ArrayList<>()).add(terms);
    return this;
  }

  /**
   * The lead time the preferred supplier's terms give a bought or subcontracted item on a day (of
   * the terms that hold then, the latest to start), or null.
   */
  Integer supplierLeadOn(ItemData item, LocalDate day) {
    List<SupplierTerms> terms = supplierTerms.get(item.code());
    if (terms == null || item.supplyType() == SupplyType.MAKE) {
      return null;
    }
    return terms.stream()
        .filter(t -> t.holdOn(day))
        .max(
            Comparator.comparing(
                SupplierTerms::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
        .map(SupplierTerms::leadTimeDays)
        .orElse(null);
  }

  /**
   * The calendar the preferred supplier of a bought or subcontracted item keeps, whichever of its
   * lists holds, or null.
   */
  WorkingCalendar supplierCalendar(ItemData item) {
    List<SupplierTerms> terms = supplierTerms.get(item.code());
    if (terms == null || item.supplyType() == SupplyType.MAKE) {
      return null;
    }
    return terms.stream()
        .map(SupplierTerms::calendar)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The longest lead time any supplier's terms give, in days. */
  int longestSupplierLead() {
    return supplierTerms.values().stream()
        .flatMap(List::stream)
        .map(SupplierTerms::leadTimeDays)
        .filter(java.util.Objects::nonNull)
        .mapToInt(Integer::intValue)
        .max()
        .orElse(0);
  }

  /** The plant calendar as the run uses it, or null for every day. */
  WorkingCalendar plantCalendar() {
    if (plantCalendar != null) {
      return plantCalendar;
    }
    Map<WorkingCalendar, Long> use = new HashMap<>();
    workCenterCalendars.values().forEach(c -> use.merge(c, 1L, Long::sum));
    return use.entrySet().stream()
        .max(
            Map.Entry.<WorkingCalendar, Long>comparingByValue()
                .thenComparing(e -> e.getKey().code(), Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The calendar of an item's lead time: for an item made on a routing, the calendar of the work
   * center of its last operation, where it is finished; for any other, the plant calendar.
   */
  WorkingCalendar calendarOf(ItemData item, WorkingCalendar plant) {
    if (item.supplyType() != SupplyType.MAKE) {
      return plant;
    }
    String workCenter = lastWorkCenter.get(item.code());
    return workCenter == null ? plant : workCenterCalendars.getOrDefault(workCenter, plant);
  }
}
