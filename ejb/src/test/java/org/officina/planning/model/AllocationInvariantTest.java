package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.planning.model.MrpFixtures.START;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.IssueMethod;
import org.officina.execution.model.OrderCopy;
import org.officina.execution.model.OrderMaterial;

/**
 * The promise of allocations, on random plants: a planned order that a planner firms, converts into
 * a production order (which takes its own copy of the bill), releases and, when it starts now,
 * issues part of its material to, is planned around exactly as before. Firming leaves every other
 * item's planned orders as they were (the firmed item's own lots may be cut differently around its
 * firm orders); converting, releasing and issuing then leave every item's planned orders on the
 * same days, the order's components planned as before, less what was issued, because what was
 * issued left the stock and is no longer allocated.
 */
class AllocationInvariantTest {

  private static final int HORIZON = 60;

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 40).mapToObj(seed -> (long) seed);
  }

  @ParameterizedTest(name = "plant {0}")
  @MethodSource("seeds")
  void firming_converting_releasing_and_issuing_part_leaves_the_plan_unchanged(long seed) {
    MrpResult proposed = plan(GeneratedPlantPropertiesTest.plant(seed));
    List<PlannedOrder> chosen = someProductionOrders(proposed, seed);

    PlanningInput firmed = GeneratedPlantPropertiesTest.plant(seed);
    chosen.forEach(
        o ->
            firmed.firmPlannedOrder(
                o.item(), o.releaseDate(), o.dueDate(), o.qty(), "FPO-" + o.number()));
    Map<String, List<String>> afterFirming = byItem(plan(firmed).plannedOrders());

    PlanningInput converted = GeneratedPlantPropertiesTest.plant(seed);
    SplittableRandom issuing = new SplittableRandom(seed * 31);
    Map<String, BigDecimal> stock = new HashMap<>(converted.onHand);
    for (PlannedOrder order : chosen) {
      String number = "PRD-" + order.number();
      converted.receipt(order.item(), order.dueDate(), order.qty(), number + "/1");
      boolean started = !order.releaseDate().isAfter(START);
      for (OrderMaterial material : copy(converted, order)) {
        BigDecimal issued = started ? partOf(material, stock, issuing) : BigDecimal.ZERO;
        converted.onHand(material.item(), issued.negate());
        BigDecimal open = material.requiredQty().subtract(issued);
        if (open.signum() > 0) {
          converted.demand(
              material.item(), order.releaseDate(), open, number + "/" + material.line());
        }
      }
    }
    Map<String, List<String>> afterConverting = byItem(plan(converted).plannedOrders());

    Map<String, List<String>> before = byItem(proposed.plannedOrders());
    Map<String, List<String>> others = new HashMap<>(afterFirming);
    chosen.forEach(
        o -> {
          before.remove(o.item());
          others.remove(o.item());
        });
    assertThat(others).isEqualTo(before);
    assertThat(afterConverting).isEqualTo(afterFirming);
  }

  private static MrpResult plan(PlanningInput input) {
    return new MrpEngine(START, HORIZON).plan(input);
  }

  /**
   * Up to two planned production orders due to start now (released on or before the start, the
   * orders the floor takes material for) and one to start later, chosen at random. Material is
   * issued only to the first: issuing it to an order weeks ahead takes from the shelf what earlier
   * needs were planned to use, and so rightly moves their planned orders earlier.
   */
  private static List<PlannedOrder> someProductionOrders(MrpResult result, long seed) {
    List<PlannedOrder> made =
        result.plannedOrders().stream()
            .filter(o -> o.type() == PlannedOrderType.PRODUCTION)
            .toList();
    SplittableRandom random = new SplittableRandom(seed);
    List<PlannedOrder> chosen = new ArrayList<>();
    chosen.addAll(some(made.stream().filter(o -> !o.releaseDate().isAfter(START)), 2, random));
    chosen.addAll(some(made.stream().filter(o -> o.releaseDate().isAfter(START)), 1, random));
    assertThat(chosen).as("plant %s makes something", seed).isNotEmpty();
    return chosen;
  }

  private static List<PlannedOrder> some(
      Stream<PlannedOrder> orders, int count, SplittableRandom random) {
    List<PlannedOrder> left = new ArrayList<>(orders.toList());
    List<PlannedOrder> taken = new ArrayList<>();
    while (taken.size() < count && !left.isEmpty()) {
      taken.add(left.remove(random.nextInt(left.size())));
    }
    return taken;
  }

  /** The materials a production order of the planned order takes, as execution copies them. */
  private static List<OrderMaterial> copy(PlanningInput input, PlannedOrder order) {
    Map<String, List<BomLine>> bills = new HashMap<>();
    input.bom.forEach(l -> bills.computeIfAbsent(l.parent(), p -> new ArrayList<>()).add(l));
    OrderCopy copy = new OrderCopy(item -> bills.getOrDefault(item, List.of()));
    return OrderCopy.sized(
        copy.materials(order.item(), order.releaseDate(), 10),
        order.qty(),
        "MAIN",
        Map.<String, IssueMethod>of(),
        item -> input.items.get(item).uom().isDiscrete());
  }

  /** Issues a random part of what the material needs, no more than the stock holds. */
  private static BigDecimal partOf(
      OrderMaterial material, Map<String, BigDecimal> stock, SplittableRandom random) {
    BigDecimal held = stock.getOrDefault(material.item(), BigDecimal.ZERO);
    BigDecimal wanted =
        material
            .requiredQty()
            .multiply(BigDecimal.valueOf(random.nextInt(101), 2))
            .setScale(0, java.math.RoundingMode.DOWN);
    BigDecimal issued = wanted.min(held);
    stock.put(material.item(), held.subtract(issued));
    return issued;
  }

  private static Map<String, List<String>> byItem(List<PlannedOrder> orders) {
    Map<String, List<String>> byItem = new HashMap<>();
    orders.forEach(o -> byItem.computeIfAbsent(o.item(), i -> new ArrayList<>()).add(describe(o)));
    byItem.values().forEach(java.util.Collections::sort);
    return byItem;
  }

  private static String describe(PlannedOrder order) {
    return order.qty().stripTrailingZeros().toPlainString()
        + " released "
        + order.releaseDate()
        + " due "
        + order.dueDate();
  }
}
