package org.officina.planning.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ProductStructure;
import org.officina.resources.model.WorkingCalendar;

/**
 * The items of a run by index, in the order they are netted: low-level code first, then code, so
 * that every item comes after all its parents. Each has its calendar compiled for the run: a bought
 * or subcontracted item's is its preferred supplier's, when the supplier keeps one, and its lead
 * time is the one the supplier's price list gives on the run's start, when it gives one.
 */
final class PlanItems {

  private final ItemData[] data;
  private final int[] level;
  private final boolean[] kept;
  private final PlanningCalendar[] calendar;
  private final Integer[] supplierLead;
  private final RoutingLeadTimes routingLeadTimes;
  private final Map<String, Integer> index = new HashMap<>();

  /**
   * @throws BomCycleException if the bills hold a cycle
   * @throws IllegalArgumentException if a bill names an unknown item
   */
  PlanItems(PlanningInput input, int startDay, int firstDay, int lastDay) {
    ItemData[] unordered = input.items.values().toArray(new ItemData[0]);
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < unordered.length; i++) {
      at.put(unordered[i].code(), i);
    }
    int[] levels = new int[unordered.length];
    input.kept.forEach((code, kept) -> levels[indexIn(at, code)] = kept.lowLevelCode());
    for (BomLine line : input.bom) {
      if (input.kept.containsKey(line.component()) && !input.kept.containsKey(line.parent())) {
        throw new IllegalArgumentException(
            line.component() + " keeps its plan, but its parent " + line.parent() + " is planned");
      }
    }
    lowLevelCodes(input.bom, at, levels);
    Integer[] order = new Integer[unordered.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order,
        Comparator.comparingInt((Integer i) -> levels[i]).thenComparing(i -> unordered[i].code()));
    data = new ItemData[unordered.length];
    level = new int[data.length];
    kept = new boolean[data.length];
    for (int k = 0; k < order.length; k++) {
      data[k] = unordered[order[k]];
      level[k] = levels[order[k]];
      kept[k] = input.kept.containsKey(data[k].code());
    }
    calendar = new PlanningCalendar[data.length];
    supplierLead = new Integer[data.length];
    Map<WorkingCalendar, PlanningCalendar> compiled = new IdentityHashMap<>();
    PlanningCalendar everyDay = PlanningCalendar.everyDay(firstDay, lastDay);
    WorkingCalendar plant = input.plantCalendar();
    java.time.LocalDate start = java.time.LocalDate.ofEpochDay(startDay);
    for (int i = 0; i < data.length; i++) {
      index.put(data[i].code(), i);
      supplierLead[i] = input.supplierLeadOn(data[i], start);
      WorkingCalendar supplier = input.supplierCalendar(data[i]);
      WorkingCalendar own = supplier != null ? supplier : input.calendarOf(data[i], plant);
      calendar[i] =
          own == null
              ? everyDay
              : compiled.computeIfAbsent(own, c -> PlanningCalendar.of(c, firstDay, lastDay));
    }
    routingLeadTimes = new RoutingLeadTimes(input, data, firstDay, lastDay);
  }

  /**
   * The length of the longest bill path from a top item down to each item, by Kahn's order over the
   * items as ints: a large plant's hundreds of thousands of lines would make maps of strings the
   * run's slowest part. Items left unordered lie on a cycle. Top items start from the level they
   * are given: 0, or a kept item's level in the whole plant.
   */
  private static void lowLevelCodes(List<BomLine> bom, Map<String, Integer> at, int[] levels) {
    int items = levels.length;
    int[] parent = new int[bom.size()];
    int[] component = new int[bom.size()];
    int[] parentsLeft = new int[items];
    int[] childCount = new int[items + 1];
    for (int k = 0; k < bom.size(); k++) {
      parent[k] = indexIn(at, bom.get(k).parent());
      component[k] = indexIn(at, bom.get(k).component());
      parentsLeft[component[k]]++;
      childCount[parent[k] + 1]++;
    }
    int[] firstChild = childCount;
    Arrays.parallelPrefix(firstChild, Integer::sum);
    int[] children = new int[bom.size()];
    int[] filled = new int[items];
    for (int k = 0; k < bom.size(); k++) {
      children[firstChild[parent[k]] + filled[parent[k]]++] = component[k];
    }
    int[] ready = new int[items];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < items; i++) {
      if (parentsLeft[i] == 0) {
        ready[tail++] = i;
      }
    }
    while (head < tail) {
      int p = ready[head++];
      for (int c = firstChild[p]; c < firstChild[p + 1]; c++) {
        int child = children[c];
        levels[child] = Math.max(levels[child], levels[p] + 1);
        if (--parentsLeft[child] == 0) {
          ready[tail++] = child;
        }
      }
    }
    if (tail < items) {
      throw new BomCycleException(new ProductStructure(bom).findCycle().orElseThrow());
    }
  }

  private static int indexIn(Map<String, Integer> at, String code) {
    Integer index = at.get(code);
    if (index == null) {
      throw new IllegalArgumentException("no item " + code + " for a bill of materials");
    }
    return index;
  }

  int size() {
    return data.length;
  }

  /** The item's index, or -1 for a code the run does not know. */
  int index(String code) {
    Integer at = index.get(code);
    return at == null ? -1 : at;
  }

  ItemData data(int item) {
    return data[item];
  }

  String code(int item) {
    return data[item].code();
  }

  int level(int item) {
    return level[item];
  }

  /** Whether the item keeps the live plan's planned orders instead of being planned. */
  boolean kept(int item) {
    return kept[item];
  }

  /**
   * The lead time of an order of this quantity (in millionths), in working days: what the routing
   * takes for a made item that takes it from there, the preferred supplier's for a bought or
   * subcontracted item whose supplier gives one, the item's fixed lead time otherwise.
   */
  int leadTime(int item, long qty) {
    if (routingLeadTimes.applies(item)) {
      return routingLeadTimes.days(item, qty);
    }
    if (supplierLead[item] != null) {
      return supplierLead[item];
    }
    Integer lead = data[item].leadTimeDays();
    return lead == null ? 0 : lead;
  }

  PlanningCalendar calendar(int item) {
    return calendar[item];
  }
}
