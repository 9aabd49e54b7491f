package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorNeedsTest {

  @Test
  void stock_an_earlier_order_needs_and_has_not_reserved_is_not_free_for_a_later_one() {
    // 100 bodies free; PRD-1 starts earlier and needs 80, of which it reserved 30: 50 more are
    // kept for it, 50 are left; PRD-2, earlier too, needs 70 and holds them all: nothing more kept
    Map<String, BigDecimal> left =
        PriorNeeds.leftAfter(
            Map.of("BODY", dec("100"), "SCREW", dec("10")),
            Map.of(
                "PRD-1", Map.of("BODY", dec("80")),
                "PRD-2", Map.of("BODY", dec("70"), "SCREW", dec("40"))),
            Map.of(
                "PRD-1", Map.of("BODY", dec("30")),
                "PRD-2", Map.of("BODY", dec("70"), "SCREW", dec("5"))));

    assertThat(left.get("BODY")).isEqualByComparingTo("50");
    assertThat(left.get("SCREW")).isEqualByComparingTo("0");
  }

  @Test
  void without_earlier_orders_the_free_stock_is_left_as_it_is() {
    assertThat(PriorNeeds.leftAfter(Map.of("BODY", dec("7")), Map.of(), Map.of()))
        .containsEntry("BODY", dec("7"));
  }
}
