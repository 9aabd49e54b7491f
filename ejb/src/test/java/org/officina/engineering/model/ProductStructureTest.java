package org.officina.engineering.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductStructureTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static BomLine phantom(String parent, String component, String qty) {
    return new BomLine(
        parent,
        component,
        new BigDecimal(qty),
        false,
        BigDecimal.ZERO,
        null,
        null,
        0,
        true,
        null,
        1);
  }

  private static BomLine valid(
      String parent, String component, String qty, LocalDate from, LocalDate to) {
    return new BomLine(
        parent,
        component,
        new BigDecimal(qty),
        false,
        BigDecimal.ZERO,
        from,
        to,
        0,
        false,
        null,
        1);
  }

  @Test
  void a_cycle_is_found_with_the_path_that_closes_it() {
    ProductStructure structure =
        new ProductStructure(
            List.of(
                BomLine.of("PUMP", "BODY", "1"),
                BomLine.of("BODY", "CASTING", "1"),
                BomLine.of("CASTING", "PUMP", "1"),
                BomLine.of("PUMP", "SCREW", "4")));
    List<String> cycle = structure.findCycle().orElseThrow();
    assertThat(cycle).hasSize(4);
    assertThat(cycle.get(0)).isEqualTo(cycle.get(3));
    assertThat(cycle).containsSubsequence("PUMP", "BODY", "CASTING").doesNotContain("SCREW");
  }

  @Test
  void an_item_inside_itself_is_a_cycle_of_one() {
    assertThat(new ProductStructure(List.of(BomLine.of("A", "A", "1"))).findCycle())
        .contains(List.of("A", "A"));
  }

  @Test
  void a_shared_component_is_not_a_cycle() {
    ProductStructure diamond =
        new ProductStructure(
            List.of(
                BomLine.of("A", "B", "1"),
                BomLine.of("A", "C", "1"),
                BomLine.of("B", "D", "1"),
                BomLine.of("C", "D", "1")));
    assertThat(diamond.findCycle()).isEmpty();
  }

  @Test
  void the_low_level_code_is_the_longest_path_from_a_top_item() {
    ProductStructure structure =
        new ProductStructure(
            List.of(
                BomLine.of("PUMP", "SCREW", "4"),
                BomLine.of("PUMP", "BODY", "1"),
                BomLine.of("BODY", "CASTING", "1"),
                BomLine.of("CASTING", "SCREW", "2"),
                BomLine.of("VALVE", "SCREW", "6")));
    assertThat(structure.lowLevelCodes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("PUMP", 0, "VALVE", 0, "BODY", 1, "CASTING", 2, "SCREW", 3));
  }

  @Test
  void low_level_codes_are_refused_for_a_structure_with_a_cycle() {
    ProductStructure cyclic =
        new ProductStructure(List.of(BomLine.of("A", "B", "1"), BomLine.of("B", "A", "1")));
    assertThatThrownBy(cyclic::lowLevelCodes).hasMessageContaining("→");
  }

  @Test
  void a_deep_structure_does_not_overflow_the_stack() {
    List<BomLine> chain = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      chain.add(BomLine.of("L" + i, "L" + (i + 1), "1"));
    }
    ProductStructure deep = new ProductStructure(chain);
    assertThat(deep.findCycle()).isEmpty();
    assertThat(deep.lowLevelCodes()).containsEntry("L20000", 20_000);
  }

  @Test
  void explosion_multiplies_quantities_and_scrap_through_the_levels() {
    BomLine bodies = BomLine.of("PUMP", "BODY", "1");
    BomLine castingsWithScrap =
        new BomLine(
            "BODY",
            "CASTING",
            new BigDecimal("1"),
            false,
            new BigDecimal("10"),
            null,
            null,
            10,
            false,
            null,
            1);
    BomLine fixture =
        new BomLine(
            "PUMP",
            "TEST-OIL",
            new BigDecimal("2"),
            true,
            BigDecimal.ZERO,
            null,
            null,
            30,
            false,
            null,
            1);
    ProductStructure structure = new ProductStructure(List.of(bodies, castingsWithScrap, fixture));

    List<ProductStructure.Exploded> exploded =
        structure.explode("PUMP", new BigDecimal("50"), TODAY);

    assertThat(exploded)
        .extracting(
            e ->
                e.level()
                    + " "
                    + e.line().component()
                    + " "
                    + e.quantity().stripTrailingZeros().toPlainString())
        .containsExactly("1 BODY 50", "2 CASTING 55", "1 TEST-OIL 2");
  }

  @Test
  void effectivity_dates_choose_the_lines_valid_on_the_date() {
    LocalDate switchover = LocalDate.of(2027, 1, 1);
    ProductStructure structure =
        new ProductStructure(
            List.of(
                valid("PUMP", "SEAL-NBR", "2", null, switchover.minusDays(1)),
                valid("PUMP", "SEAL-FKM", "2", switchover, null)));
    assertThat(structure.explode("PUMP", BigDecimal.ONE, TODAY))
        .extracting(e -> e.line().component())
        .containsExactly("SEAL-NBR");
    assertThat(structure.explode("PUMP", BigDecimal.ONE, switchover))
        .extracting(e -> e.line().component())
        .containsExactly("SEAL-FKM");
  }

  @Test
  void a_phantom_is_exploded_through_and_never_planned() {
    ProductStructure structure =
        new ProductStructure(
            List.of(
                phantom("PUMP", "SHAFT-KIT", "1"),
                BomLine.of("SHAFT-KIT", "SHAFT", "2"),
                BomLine.of("SHAFT-KIT", "KEY", "2"),
                BomLine.of("PUMP", "BODY", "1")));
    assertThat(structure.plannedComponents("PUMP", new BigDecimal("10"), TODAY))
        .extracting(
            e -> e.line().component() + " " + e.quantity().stripTrailingZeros().toPlainString())
        .containsExactly("SHAFT 20", "KEY 20", "BODY 10");
  }

  @Test
  void where_used_walks_up_to_every_top_item() {
    ProductStructure structure =
        new ProductStructure(
            List.of(
                BomLine.of("PUMP", "BODY", "1"),
                BomLine.of("BODY", "SCREW", "4"),
                BomLine.of("VALVE", "SCREW", "6")));
    assertThat(structure.whereUsed("SCREW", TODAY))
        .extracting(u -> u.level() + " " + u.line().parent())
        .containsExactlyInAnyOrder("1 BODY", "2 PUMP", "1 VALVE");
  }
}
