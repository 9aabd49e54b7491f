package org.officina.inventory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotPickTest {

  /** In the order they were first received: PRD-9 came in before PRD-10. */
  private static final List<StockLevel> LEVELS =
      List.of(
          new StockLevel("BAR", "MAIN", "R-1", "PRD-9", new BigDecimal("20")),
          new StockLevel("BAR", "MAIN", null, null, new BigDecimal("50")),
          new StockLevel("BAR", "MAIN", "R-2", "PRD-10", new BigDecimal("30")));

  private static List<String> takes(LotPick.Picks picks) {
    return picks.takes().stream()
        .map(t -> t.stock().lot() + " " + t.qty().toPlainString())
        .toList();
  }

  @Test
  void the_lot_received_first_goes_first_whatever_its_code_and_stock_without_a_lot_last() {
    LotPick.Picks picks = LotPick.of(LEVELS, List.of(), new BigDecimal("60"));
    assertThat(takes(picks)).containsExactly("PRD-9 20", "PRD-10 30", "null 10");
    assertThat(picks.shortfall()).isEqualByComparingTo("0");
  }

  @Test
  void a_lot_named_by_the_operator_goes_first() {
    LotPick.Picks picks = LotPick.of(LEVELS, List.of("PRD-10"), new BigDecimal("25"));
    assertThat(takes(picks)).containsExactly("PRD-10 25");
  }

  @Test
  void what_no_stock_covers_is_the_shortfall() {
    LotPick.Picks picks = LotPick.of(LEVELS, List.of(), new BigDecimal("130"));
    assertThat(picks.shortfall()).isEqualByComparingTo("30");
    assertThat(takes(picks)).hasSize(3);
  }
}
