package org.officina.inventory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenealogyTest {

  private static final Instant AT = Instant.parse("2027-01-04T08:00:00Z");

  private static Issue issue(String productLot) {
    return new Issue(
        "PRD-100",
        1,
        "BAR",
        "MAIN",
        new BigDecimal("25"),
        List.of(),
        "PUMP",
        productLot,
        MovementReason.ISSUE);
  }

  @Test
  void each_component_lot_an_issue_takes_goes_into_the_product_lot() {
    List<StockLevel> levels =
        List.of(
            new StockLevel("BAR", "MAIN", null, "L2026-0714", new BigDecimal("20")),
            new StockLevel("BAR", "MAIN", null, "L2026-1126", new BigDecimal("30")));
    LotPick.Picks picks = LotPick.of(levels, List.of(), new BigDecimal("25"));
    assertThat(Genealogy.of(issue("PRD-100"), picks.takes(), AT))
        .containsExactly(
            new LotLink(
                "PUMP", "PRD-100", "BAR", "L2026-0714", new BigDecimal("20"), "PRD-100", AT),
            new LotLink(
                "PUMP", "PRD-100", "BAR", "L2026-1126", new BigDecimal("5"), "PRD-100", AT));
  }

  @Test
  void stock_without_a_lot_and_issues_for_no_product_lot_leave_no_trace() {
    List<LotPick.Take> unlotted =
        List.of(
            new LotPick.Take(new StockLevel.Key("BAR", "MAIN", null, null), new BigDecimal("25")));
    assertThat(Genealogy.of(issue("PRD-100"), unlotted, AT)).isEmpty();
    List<LotPick.Take> lotted =
        List.of(
            new LotPick.Take(new StockLevel.Key("BAR", "MAIN", null, "L1"), new BigDecimal("25")));
    assertThat(Genealogy.of(issue(null), lotted, AT)).isEmpty();
  }
}
