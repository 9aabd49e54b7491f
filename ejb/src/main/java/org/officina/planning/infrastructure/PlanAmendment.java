package org.officina.planning.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.officina.planning.model.MrpResult;
import org.officina.planning.model.PegEnd;
import org.officina.shared.infrastructure.BulkRows;
import org.officina.shared.infrastructure.Jdbc;

/**
 * How a net-change run changes a live plan in place: what it deletes of the items it re-planned
 * (their planned orders, by the numbers the plan gave them, their messages and their pegging ends),
 * and how it rewrites what covers the orders of the parents it kept: their entries for the
 * re-planned items' old supplies go, the run's new ones come. Entries of items the run did not
 * touch stay as they are.
 */
final class PlanAmendment {

  private final Jdbc jdbc;
  private final long run;
  private final MrpResult result;
  private final JdbcMrpResults.EndIds ids;
  private final Set<Long> items = new HashSet<>();
  private final Set<Long> openOrders = new HashSet<>();
  private final Set<Long> firmOrders = new HashSet<>();
  private final List<Long> demands = new ArrayList<>();
  private final List<long[]> oldRanges = new ArrayList<>();
  private final Map<Integer, String> keptCoverage;

  /**
   * @param keptCoverage what covers each kept planned order in the live plan, by number
   * @param replacedRanges the live plan's numbers [first, end) of the re-planned items' orders
   */
  PlanAmendment(
      Jdbc jdbc,
      long run,
      MrpResult result,
      JdbcMrpResults.EndIds ids,
      Map<Integer, String> keptCoverage,
      List<long[]> replacedRanges) {
    this.jdbc = jdbc;
    this.run = run;
    this.result = result;
    this.ids = ids;
    this.keptCoverage = keptCoverage;
    for (int item = 0; item < result.itemCount(); item++) {
      if (result.planned(item)) {
        items.add(ids.item(item));
      }
    }
    collect(PegEnd.DEMAND, result.demandCount(), demands);
    collect(PegEnd.OPEN_ORDER, result.openOrderCount(), openOrders);
    collect(PegEnd.FIRM_PLANNED_ORDER, result.firmOrderCount(), firmOrders);
    replacedRanges.stream().filter(range -> range[1] > range[0]).forEach(oldRanges::add);
    oldRanges.sort((a, b) -> Long.compare(a[0], b[0]));
  }

  /** The ids of the ends of this kind that belong to re-planned items. */
  private void collect(PegEnd kind, int count, java.util.Collection<Long> into) {
    for (int index = 0; index < count; index++) {
      if (result.planned(result.itemOf(kind, index))) {
        into.add(ids.id(kind, index));
      }
    }
  }

  /** Deletes the re-planned items' planned orders, item rows, messages and pegging ends. */
  void deleteReplaced() {
    jdbc.batch(
        "DELETE FROM mrp_planned_order WHERE run_id = ? AND number >= ? AND number < ?",
        oldRanges,
        (p, range) -> p.id(run).id(range[0]).id(range[1]));
    jdbc.batch(
        "DELETE FROM mrp_forecast WHERE run_id = ? AND item_id = ?",
        items,
        (p, item) -> p.id(run).id(item));
    jdbc.batch(
        "DELETE FROM mrp_item WHERE run_id = ? AND item_id = ?",
        items,
        (p, item) -> p.id(run).id(item));
    jdbc.batch(
        "DELETE FROM mrp_message WHERE run_id = ? AND item_id = ?",
        items,
        (p, item) -> p.id(run).id(item));
    List<Object[]> ends = new ArrayList<>();
    demands.forEach(id -> ends.add(new Object[] {"D", id}));
    openOrders.forEach(id -> ends.add(new Object[] {"O", id}));
    firmOrders.forEach(id -> ends.add(new Object[] {"F", id}));
    items.forEach(id -> ends.add(new Object[] {"S", id}));
    items.forEach(id -> ends.add(new Object[] {"Z", id}));
    jdbc.batch(
        "DELETE FROM mrp_peg_end WHERE run_id = ? AND end_kind = ? AND end_id = ?",
        ends,
        (p, end) -> p.id(run).text((String) end[0]).id((Long) end[1]));
  }

  /**
   * Gives the kept parents' planned orders and firm planned orders what covers them now: their
   * stored entries from items the run did not re-plan, then the run's entries.
   */
  void rewriteKeptCoverage() {
    Map<Long, String[]> keptFirm = storedEndsOfKeptFirmOrders();
    PeggingText.EntryFilter untouched = untouchedFilter(keptCoverage.values(), keptFirm.values());
    JdbcMrpResults.Side fresh = new JdbcMrpResults.Side(ids);
    List<Object[]> orders = new ArrayList<>();
    for (int k = 0; k < result.keptCount(); k++) {
      int number = result.keptNumber(k);
      result.forEachSupplyOf(PegEnd.PLANNED_ORDER, number, fresh);
      String stored = keptCoverage.get(number);
      String coveredBy = merged(stored, untouched, fresh);
      if (!sameEntries(stored, coveredBy)) {
        orders.add(new Object[] {coveredBy, number});
      }
    }
    jdbc.batch(
        "UPDATE mrp_planned_order SET covered_by = ? WHERE run_id = ? AND number = ?",
        orders,
        (p, order) -> p.text((String) order[0]).id(run).integer((Integer) order[1]));
    rewriteKeptFirmOrders(keptFirm, untouched, fresh);
  }

  private void rewriteKeptFirmOrders(
      Map<Long, String[]> stored, PeggingText.EntryFilter untouched, JdbcMrpResults.Side fresh) {
    List<Object[]> changed = new ArrayList<>();
    for (int index = 0; index < result.firmOrderCount(); index++) {
      if (!result.planned(result.itemOf(PegEnd.FIRM_PLANNED_ORDER, index))) {
        long id = ids.id(PegEnd.FIRM_PLANNED_ORDER, index);
        String[] ends = stored.getOrDefault(id, new String[2]);
        result.forEachSupplyOf(PegEnd.FIRM_PLANNED_ORDER, index, fresh);
        String coveredBy = merged(ends[1], untouched, fresh);
        if (!sameEntries(ends[1], coveredBy)) {
          changed.add(new Object[] {id, ends[0], coveredBy});
        }
      }
    }
    jdbc.batch(
        "DELETE FROM mrp_peg_end WHERE run_id = ? AND end_kind = 'F' AND end_id = ?",
        changed,
        (p, end) -> p.id(run).id((Long) end[0]));
    try (BulkRows rows =
        jdbc.bulk("mrp_peg_end", "run_id", "end_kind", "end_id", "pegged_to", "covered_by")) {
      for (Object[] end : changed) {
        if (end[1] != null || end[2] != null) {
          rows.row(run, "F", end[0], end[1], end[2]);
        }
      }
    }
  }

  /** Whether two stored texts hold the same entries, in whatever order. */
  private static boolean sameEntries(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    String[] first = a.split(";");
    String[] second = b.split(";");
    Arrays.sort(first);
    Arrays.sort(second);
    return Arrays.equals(first, second);
  }

  private static String merged(
      String stored, PeggingText.EntryFilter untouched, JdbcMrpResults.Side fresh) {
    StringBuilder text = new StringBuilder();
    PeggingText.appendKept(text, stored, untouched);
    String added = fresh.take();
    if (added != null) {
      text.append(text.length() > 0 ? ";" : "").append(added);
    }
    return text.length() == 0 ? null : text.toString();
  }

  /** The stored pegging of the kept parents' firm planned orders: pegged_to and covered_by. */
  private Map<Long, String[]> storedEndsOfKeptFirmOrders() {
    List<Long> kept = new ArrayList<>();
    for (int index = 0; index < result.firmOrderCount(); index++) {
      if (!result.planned(result.itemOf(PegEnd.FIRM_PLANNED_ORDER, index))) {
        kept.add(ids.id(PegEnd.FIRM_PLANNED_ORDER, index));
      }
    }
    Map<Long, String[]> stored = new HashMap<>();
    jdbc.queryIn(
        "SELECT end_id, pegged_to, covered_by FROM mrp_peg_end"
            + " WHERE run_id = ? AND end_kind = 'F' AND end_id IN (%s)",
        kept,
        rs -> stored.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}),
        run);
    return stored;
  }

  /**
   * Keeps the entries of supplies of items the run did not re-plan: not a re-planned item's old
   * planned order, stock, open order or firm planned order, nor an open or firm order that is gone
   * since the plan was made (its item changed with it, so the run re-planned that item).
   */
  private PeggingText.EntryFilter untouchedFilter(
      java.util.Collection<String> orders, java.util.Collection<String[]> firm) {
    Set<Long> named = new HashSet<>();
    Set<Long> namedFirm = new HashSet<>();
    PeggingText.EntryFilter gather =
        (kind, id) -> {
          if (kind == PegEnd.OPEN_ORDER && !openOrders.contains(id)) {
            named.add(id);
          } else if (kind == PegEnd.FIRM_PLANNED_ORDER && !firmOrders.contains(id)) {
            namedFirm.add(id);
          }
          return false;
        };
    StringBuilder ignored = new StringBuilder();
    orders.forEach(text -> PeggingText.appendKept(ignored, text, gather));
    firm.forEach(ends -> PeggingText.appendKept(ignored, ends[1], gather));
    Set<Long> openThere =
        new HashSet<>(
            jdbc.queryIn(
                "SELECT id FROM supply_line WHERE id IN (%s)", named, rs -> rs.getLong(1)));
    Set<Long> firmThere =
        new HashSet<>(
            jdbc.queryIn(
                "SELECT id FROM firm_planned_order WHERE status = 'FIRM' AND id IN (%s)",
                namedFirm, rs -> rs.getLong(1)));
    return (kind, id) ->
        switch (kind) {
          case PLANNED_ORDER -> !inOldRange(id);
          case STOCK -> !items.contains(id);
          case OPEN_ORDER -> openThere.contains(id);
          case FIRM_PLANNED_ORDER -> firmThere.contains(id);
          default -> true;
        };
  }

  private boolean inOldRange(long number) {
    int low = 0;
    int high = oldRanges.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      long[] range = oldRanges.get(mid);
      if (number < range[0]) {
        high = mid - 1;
      } else if (number >= range[1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
