package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.planning.model.MrpFixtures.START;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.LotRule;

/**
 * Net change gives what a full run gives: on random plants, one change (a sales order's quantity, a
 * new demand, stock, an item's lot rule, a bill's quantity, a firmed order, a cancelled receipt) is
 * planned both ways, and the re-planned items' orders, pegging and messages must be the same up to
 * the numbers of the new orders; the items net change keeps must not have changed in the full run.
 */
class NetChangeTest {

  private static final int HORIZON = 60;
  private static final int CHANGE_KINDS = 7;

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 70).mapToObj(seed -> (long) seed);
  }

  @ParameterizedTest(name = "plant {0}")
  @MethodSource("seeds")
  void net_change_after_one_change_plans_what_a_full_run_plans(long seed) {
    MrpEngine engine = new MrpEngine(START, HORIZON);
    PlanningInput before = GeneratedPlantPropertiesTest.plant(seed);
    MrpResult live = engine.plan(before);
    PlanningInput after = GeneratedPlantPropertiesTest.plant(seed);
    Set<String> changed = change(after, new SplittableRandom(seed), (int) (seed % CHANGE_KINDS));
    NetChangeScope scope = NetChangeScope.of(changed, links(after));

    PlanningInput partial = partialInput(after, live, scope);
    MrpResult netChange = engine.plan(partial);
    MrpResult full = engine.plan(after);

    Canon liveCanon = new Canon(live, before, null);
    Canon fullCanon = new Canon(full, after, null);
    Canon netCanon = new Canon(netChange, partial, liveCanon);
    assertThat(netCanon.orders(scope.replanned())).isEqualTo(fullCanon.orders(scope.replanned()));
    assertThat(netCanon.links(scope.replanned())).isEqualTo(fullCanon.links(scope.replanned()));
    assertThat(netCanon.messages(scope.replanned()))
        .isEqualTo(fullCanon.messages(scope.replanned()));
    Set<String> untouched = liveCanon.itemsBut(scope.replanned());
    assertThat(fullCanon.orders(untouched)).isEqualTo(liveCanon.orders(untouched));
    assertThat(fullCanon.links(untouched)).isEqualTo(liveCanon.links(untouched));
  }

  @ParameterizedTest(name = "plant {0}")
  @MethodSource("seeds")
  void a_replanned_item_keeps_its_live_numbers_if_its_orders_fit_and_is_numbered_after_else(
      long seed) {
    PlanningInput before = GeneratedPlantPropertiesTest.plant(seed);
    MrpResult live = new MrpEngine(START, HORIZON).plan(before);
    PlanningInput after = GeneratedPlantPropertiesTest.plant(seed);
    Set<String> changed = change(after, new SplittableRandom(seed), (int) (seed % CHANGE_KINDS));
    NetChangeScope scope = NetChangeScope.of(changed, links(after));

    MrpResult netChange = new MrpEngine(START, HORIZON).plan(partialInput(after, live, scope));

    Map<String, Integer> liveItem = new HashMap<>();
    for (int item = 0; item < live.itemCount(); item++) {
      liveItem.put(live.itemCode(item), item);
    }
    int next = live.endNumber();
    for (int item = 0; item < netChange.itemCount(); item++) {
      if (netChange.planned(item) && netChange.plannedCount(item) > 0) {
        int was = liveItem.get(netChange.itemCode(item));
        int expected =
            netChange.plannedCount(item) <= live.plannedCount(was)
                ? live.firstPlannedNumber(was)
                : next;
        next += expected == next ? netChange.plannedCount(item) : 0;
        assertThat(netChange.firstPlannedNumber(item))
            .as("first number of %s", netChange.itemCode(item))
            .isEqualTo(expected);
      }
    }
  }

  /** Makes one change of the given kind to the plant; the items it changed. */
  private static Set<String> change(PlanningInput input, SplittableRandom random, int kind) {
    List<String> codes = input.items.keySet().stream().sorted().toList();
    String some = codes.get(random.nextInt(codes.size()));
    switch (kind) {
      case 0:
        if (!input.demand.isEmpty()) {
          int d = random.nextInt(input.demand.size());
          PlanningInput.Dated line = input.demand.get(d);
          input.demand.set(
              d,
              new PlanningInput.Dated(
                  line.item(), line.date(), line.qty().add(BigDecimal.TEN), line.reference()));
          return Set.of(line.item());
        }
        return Set.of();
      case 1:
        input.demand(some, START.plusDays(random.nextInt(HORIZON)), BigDecimal.TEN, "SO-NEW");
        return Set.of(some);
      case 2:
        input.onHand(some, BigDecimal.valueOf(37));
        return Set.of(some);
      case 3:
        ItemData item = input.items.get(some);
        input.item(
            new ItemData(
                item.code(),
                "",
                item.uom(),
                item.supplyType(),
                item.leadTimeDays() + 2,
                LotRule.FOQ,
                BigDecimal.valueOf(25),
                null,
                null,
                null,
                item.safetyStock()));
        return Set.of(some);
      case 4:
        if (!input.bom.isEmpty()) {
          int k = random.nextInt(input.bom.size());
          BomLine line = input.bom.get(k);
          input.bom.set(
              k,
              new BomLine(
                  line.parent(),
                  line.component(),
                  line.qtyPer().add(BigDecimal.ONE),
                  line.fixedPerOrder(),
                  line.scrapPct(),
                  line.validFrom(),
                  line.validTo(),
                  line.operationSeq(),
                  line.phantom(),
                  line.alternateFor(),
                  line.priority()));
          return Set.of(line.parent());
        }
        return Set.of();
      case 5:
        input.firmPlannedOrder(
            some, START.plusDays(2), START.plusDays(9), BigDecimal.valueOf(40), "FPO-NEW");
        return Set.of(some);
      default:
        if (!input.receipts.isEmpty()) {
          return Set.of(input.receipts.remove(random.nextInt(input.receipts.size())).item());
        }
        return Set.of();
    }
  }

  private static NetChangeScope.BillLinks links(PlanningInput input) {
    return new NetChangeScope.BillLinks() {
      @Override
      public List<NetChangeScope.Link> from(Collection<String> parents) {
        return input.bom.stream()
            .filter(l -> parents.contains(l.parent()))
            .map(l -> new NetChangeScope.Link(l.parent(), l.component(), l.phantom()))
            .toList();
      }

      @Override
      public List<NetChangeScope.Link> to(Collection<String> components) {
        return input.bom.stream()
            .filter(l -> components.contains(l.component()))
            .map(l -> new NetChangeScope.Link(l.parent(), l.component(), l.phantom()))
            .toList();
      }

      @Override
      public List<NetChangeScope.Link> phantomsTo(Collection<String> components) {
        return to(components).stream().filter(NetChangeScope.Link::phantom).toList();
      }
    };
  }

  /** What a net-change loader reads of the plant and of the live plan for this scope. */
  private static PlanningInput partialInput(
      PlanningInput full, MrpResult live, NetChangeScope scope) {
    PlanningInput partial = new PlanningInput().plantCalendar(full.plantCalendar);
    Set<String> replanned = scope.replanned();
    replanned.forEach(code -> partial.item(full.items.get(code)));
    scope.kept().forEach(code -> partial.item(full.items.get(code)));
    full.bom.stream()
        .filter(l -> scope.needs(l.component(), l.phantom()))
        .forEach(partial::bomLine);
    full.onHand.forEach(
        (code, qty) -> {
          if (replanned.contains(code)) {
            partial.onHand(code, qty);
          }
        });
    full.receipts.stream()
        .filter(r -> replanned.contains(r.item()))
        .forEach(r -> partial.receipt(r.item(), r.date(), r.qty(), r.reference()));
    full.demand.stream()
        .filter(d -> replanned.contains(d.item()))
        .forEach(d -> partial.demand(d.item(), d.date(), d.qty(), d.reference()));
    full.firmPlanned.stream()
        .filter(f -> replanned.contains(f.item()) || scope.kept().contains(f.item()))
        .forEach(
            f ->
                partial.firmPlannedOrder(
                    f.item(), f.releaseDate(), f.dueDate(), f.qty(), f.reference()));
    for (int item = 0; item < live.itemCount(); item++) {
      if (scope.kept().contains(live.itemCode(item))) {
        List<PlanningInput.KeptOrder> orders = new ArrayList<>();
        int first = live.firstPlannedNumber(item);
        for (int number = first; number < first + live.plannedCount(item); number++) {
          PlannedOrder order = live.plannedOrder(number);
          orders.add(
              new PlanningInput.KeptOrder(
                  number, order.releaseDate(), order.dueDate(), order.qty()));
        }
        partial.keep(live.itemCode(item), live.lowLevelCode(item), orders);
      }
    }
    for (int item = 0; item < live.itemCount(); item++) {
      if (replanned.contains(live.itemCode(item))) {
        partial.liveNumbers(
            live.itemCode(item), live.firstPlannedNumber(item), live.plannedCount(item));
      }
    }
    return partial.numberFrom(live.endNumber());
  }

  /**
   * A result with its numbers replaced by what does not depend on them: a planned order is its item
   * and its place among the item's orders; an open order, a firm order and a demand are their
   * references. Orders kept by a net-change run are named as in the live plan they come from.
   */
  private static final class Canon {
    private final MrpResult result;
    private final PlanningInput input;
    private final Map<Integer, String> orderNames = new HashMap<>();
    private final Map<String, Integer> itemIndex = new HashMap<>();

    Canon(MrpResult result, PlanningInput input, Canon live) {
      this.result = result;
      this.input = input;
      for (int item = 0; item < result.itemCount(); item++) {
        itemIndex.put(result.itemCode(item), item);
        if (result.planned(item)) {
          int first = result.firstPlannedNumber(item);
          for (int k = 0; k < result.plannedCount(item); k++) {
            orderNames.put(first + k, result.itemCode(item) + "#" + k);
          }
        }
      }
      if (live != null) {
        for (int k = 0; k < result.keptCount(); k++) {
          int number = result.keptNumber(k);
          orderNames.put(number, live.orderNames.get(number));
        }
      }
    }

    Set<String> itemsBut(Set<String> excluded) {
      Set<String> rest = new java.util.TreeSet<>(itemIndex.keySet());
      rest.removeAll(excluded);
      return rest;
    }

    Map<String, List<String>> orders(Set<String> items) {
      Map<String, List<String>> orders = new java.util.TreeMap<>();
      for (String code : items) {
        int item = itemIndex.get(code);
        List<String> own = new ArrayList<>();
        int first = result.firstPlannedNumber(item);
        for (int number = first; number < first + result.plannedCount(item); number++) {
          PlannedOrder o = result.plannedOrder(number);
          own.add(o.qty().stripTrailingZeros() + " " + o.releaseDate() + " " + o.dueDate());
        }
        orders.put(code, own);
      }
      return orders;
    }

    /** Every link from a supply of these items, sorted. */
    List<String> links(Set<String> items) {
      List<String> links = new ArrayList<>();
      for (String code : items) {
        int item = itemIndex.get(code);
        int first = result.firstPlannedNumber(item);
        for (int number = first; number < first + result.plannedCount(item); number++) {
          addLinks(links, PegEnd.PLANNED_ORDER, number);
        }
        addLinks(links, PegEnd.STOCK, item);
      }
      for (int index = 0; index < result.openOrderCount(); index++) {
        if (items.contains(input.receipts.get(index).item())) {
          addLinks(links, PegEnd.OPEN_ORDER, index);
        }
      }
      for (int index = 0; index < result.firmOrderCount(); index++) {
        if (items.contains(input.firmPlanned.get(index).item())) {
          addLinks(links, PegEnd.FIRM_PLANNED_ORDER, index);
        }
      }
      links.sort(null);
      return links;
    }

    private void addLinks(List<String> links, PegEnd kind, int index) {
      String supply = name(kind, index);
      result.forEachConsumerOf(
          kind,
          index,
          (consumer, at, micro) -> links.add(supply + " -> " + name(consumer, at) + ": " + micro));
    }

    private String name(PegEnd kind, int index) {
      return switch (kind) {
        case PLANNED_ORDER -> orderNames.get(index);
        case OPEN_ORDER -> input.receipts.get(index).reference();
        case FIRM_PLANNED_ORDER -> input.firmPlanned.get(index).reference();
        case DEMAND -> input.demand.get(index).reference();
        default -> kind + " " + result.itemCode(index);
      };
    }

    List<String> messages(Set<String> items) {
      List<String> messages = new ArrayList<>();
      for (ActionMessage m : result.messages()) {
        if (items.contains(m.item())) {
          String reference = m.reference();
          if (reference != null && reference.startsWith("PLN-")) {
            reference = orderNames.get(Integer.parseInt(reference.substring(4)));
          }
          messages.add(
              m.type()
                  + " "
                  + m.item()
                  + " "
                  + reference
                  + " "
                  + m.date()
                  + " "
                  + m.suggestedDate()
                  + " "
                  + m.qty().stripTrailingZeros());
        }
      }
      messages.sort(null);
      return messages;
    }
  }
}
