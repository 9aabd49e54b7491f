package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.planning.model.MrpFixtures.START;
import static org.officina.planning.model.MrpFixtures.weekdays;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.LotRule;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;

/**
 * What must hold for any plant, checked on random ones: multi-level bills with phantoms and scrap,
 * every lot rule, safety stocks, open and firm orders, past-due and weekend demand, a Monday to
 * Friday calendar.
 */
class GeneratedPlantPropertiesTest {

  private static final int HORIZON = 60;

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 40).mapToObj(seed -> (long) seed);
  }

  @ParameterizedTest(name = "plant {0}")
  @MethodSource("seeds")
  void every_planned_order_is_pegged_to_a_demand_a_safety_stock_or_a_firm_order(long seed) {
    MrpResult result = new MrpEngine(START, HORIZON).plan(plant(seed));

    assertThat(result.plannedOrderCount()).isPositive();
    for (int number = 1; number <= result.plannedOrderCount(); number++) {
      assertThat(result.peggedTo(number).isEmpty())
          .as("%s serves nothing", result.plannedOrder(number))
          .isFalse();
    }
  }

  @ParameterizedTest(name = "plant {0}")
  @MethodSource("seeds")
  void projected_on_hand_never_falls_below_safety_stock(long seed) {
    PlanningInput input = plant(seed);
    MrpResult result = new MrpEngine(START, HORIZON).plan(input);

    for (ItemData item : input.items.values()) {
      ItemRecord record = result.record(item.code()).orElseThrow();
      assertThat(record.buckets())
          .as("projected on hand of %s", item.code())
          .allSatisfy(
              bucket ->
                  assertThat(bucket.projectedOnHand()).isGreaterThanOrEqualTo(item.safetyStock()));
    }
  }

  @ParameterizedTest(name = "plant {0}")
  @MethodSource("seeds")
  void every_link_reads_the_same_from_its_supply_and_from_its_consumer(long seed) {
    MrpResult result = new MrpEngine(START, HORIZON).plan(plant(seed));

    List<String> fromSupplies = new ArrayList<>();
    forEachEnd(
        result,
        (kind, index) ->
            result.forEachConsumerOf(
                kind,
                index,
                (other, at, micro) -> fromSupplies.add(link(kind, index, other, at, micro))),
        PegEnd.PLANNED_ORDER,
        PegEnd.OPEN_ORDER,
        PegEnd.FIRM_PLANNED_ORDER,
        PegEnd.STOCK);
    List<String> fromConsumers = new ArrayList<>();
    forEachEnd(
        result,
        (kind, index) ->
            result.forEachSupplyOf(
                kind,
                index,
                (other, at, micro) -> fromConsumers.add(link(other, at, kind, index, micro))),
        PegEnd.PLANNED_ORDER,
        PegEnd.FIRM_PLANNED_ORDER,
        PegEnd.DEMAND,
        PegEnd.SAFETY_STOCK);

    assertThat(fromSupplies).hasSize(result.linkCount());
    assertThat(fromConsumers).containsExactlyInAnyOrderElementsOf(fromSupplies);
  }

  @ParameterizedTest(name = "plant {0}")
  @MethodSource("seeds")
  void each_items_planned_orders_are_numbered_in_a_row(long seed) {
    MrpResult result = new MrpEngine(START, HORIZON).plan(plant(seed));

    int counted = 0;
    for (int item = 0; item < result.itemCount(); item++) {
      int first = result.firstPlannedNumber(item);
      for (int number = first; number < first + result.plannedCount(item); number++) {
        assertThat(result.plannedOrder(number).item()).isEqualTo(result.itemCode(item));
      }
      counted += result.plannedCount(item);
    }
    assertThat(counted).isEqualTo(result.plannedOrderCount());
  }

  private interface EndAction {
    void at(PegEnd kind, int index);
  }

  private static void forEachEnd(MrpResult result, EndAction action, PegEnd... kinds) {
    for (PegEnd kind : kinds) {
      int from = kind == PegEnd.PLANNED_ORDER ? 1 : 0;
      int count =
          switch (kind) {
            case PLANNED_ORDER -> result.plannedOrderCount();
            case OPEN_ORDER -> result.openOrderCount();
            case FIRM_PLANNED_ORDER -> result.firmOrderCount();
            case DEMAND -> result.demandCount();
            default -> result.itemCount();
          };
      for (int index = from; index < from + count; index++) {
        action.at(kind, index);
      }
    }
  }

  private static String link(PegEnd supply, int s, PegEnd consumer, int c, long micro) {
    return supply + " " + s + " -> " + consumer + " " + c + ": " + micro;
  }

  /** A random plant: five levels of items, each level's bills drawing on the levels below. */
  static PlanningInput plant(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PlanningInput input = new PlanningInput().plantCalendar(weekdays("PLANT"));
    List<List<String>> levels = new ArrayList<>();
    for (int level = 0; level < 5; level++) {
      List<String> codes = new ArrayList<>();
      for (int k = 0; k < 3 + random.nextInt(6); k++) {
        String code = "L" + level + "-" + k;
        codes.add(code);
        input.item(item(code, level, random));
      }
      levels.add(codes);
    }
    for (int level = 0; level < 4; level++) {
      for (String parent : levels.get(level)) {
        bill(input, parent, levels, level, random);
      }
    }
    for (List<String> codes : levels) {
      for (String code : codes) {
        orders(input, code, random);
      }
    }
    return input;
  }

  private static ItemData item(String code, int level, SplittableRandom random) {
    SupplyType type =
        level == 4 || random.nextInt(5) == 0
            ? SupplyType.BUY
            : random.nextInt(6) == 0 ? SupplyType.SUBCONTRACT : SupplyType.MAKE;
    LotRule rule = LotRule.values()[random.nextInt(LotRule.values().length)];
    return new ItemData(
        code,
        "",
        random.nextInt(4) == 0 ? UnitOfMeasure.KG : UnitOfMeasure.PCS,
        type,
        random.nextInt(8),
        rule,
        rule == LotRule.FOQ ? BigDecimal.valueOf(5 + random.nextInt(50)) : null,
        rule == LotRule.MIN_MULT ? BigDecimal.valueOf(random.nextInt(30)) : null,
        rule == LotRule.MIN_MULT ? BigDecimal.valueOf(1 + random.nextInt(10)) : null,
        rule == LotRule.POQ ? 2 + random.nextInt(10) : null,
        random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(20)) : null);
  }

  private static void bill(
      PlanningInput input,
      String parent,
      List<List<String>> levels,
      int level,
      SplittableRandom random) {
    for (int k = 0; k < 1 + random.nextInt(4); k++) {
      List<String> below = levels.get(level + 1 + random.nextInt(4 - level));
      String component = below.get(random.nextInt(below.size()));
      LocalDate from = random.nextInt(5) == 0 ? START.plusDays(random.nextInt(HORIZON)) : null;
      input.bomLine(
          new BomLine(
              parent,
              component,
              BigDecimal.valueOf(1 + random.nextInt(40), 1),
              false,
              random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(15)) : BigDecimal.ZERO,
              from,
              null,
              0,
              random.nextInt(8) == 0,
              null,
              1));
    }
  }

  private static void orders(PlanningInput input, String item, SplittableRandom random) {
    for (int k = 0; k < random.nextInt(6); k++) {
      input.demand(
          item, START.plusDays(random.nextInt(HORIZON + 10) - 5), qty(random), "SO-" + item + k);
    }
    if (random.nextInt(3) == 0) {
      input.onHand(item, qty(random));
    }
    if (random.nextInt(3) == 0) {
      input.receipt(item, START.plusDays(random.nextInt(HORIZON) - 3), qty(random), "PO-" + item);
    }
    if (random.nextInt(5) == 0) {
      LocalDate release = START.plusDays(random.nextInt(HORIZON / 2) - 2);
      input.firmPlannedOrder(item, release, release.plusDays(3), qty(random), "FPO-" + item);
    }
  }

  private static BigDecimal qty(SplittableRandom random) {
    return BigDecimal.valueOf(1 + random.nextInt(100));
  }
}
