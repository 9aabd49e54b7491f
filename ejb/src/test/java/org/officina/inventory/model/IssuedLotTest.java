package org.officina.inventory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuedLotTest {

  private static StockMovement moved(String lot, String qty, MovementReason reason) {
    return new StockMovement(
        1,
        new StockLevel.Key("SCREW", "MAIN", "A-01", lot),
        new BigDecimal(qty),
        reason,
        "PRD-10",
        Instant.parse("2027-01-04T06:00:00Z"),
        "operator");
  }

  @Test
  void a_document_holds_what_was_issued_to_it_less_what_came_back_lot_by_lot() {
    Map<IssuedLot, BigDecimal> held =
        IssuedLot.outstanding(
            List.of(
                moved("LS1", "-40", MovementReason.ISSUE),
                moved("LS2", "-5", MovementReason.ISSUE),
                moved("LS1", "12", MovementReason.RETURN)));

    assertThat(held.get(new IssuedLot("SCREW", "MAIN", "LS1"))).isEqualByComparingTo("28");
    assertThat(held.get(new IssuedLot("SCREW", "MAIN", "LS2"))).isEqualByComparingTo("5");
    assertThat(held).doesNotContainKey(new IssuedLot("SCREW", "MAIN", "LS9"));
  }

  @Test
  void material_scrapped_on_the_way_never_reached_the_document() {
    Map<IssuedLot, BigDecimal> held =
        IssuedLot.outstanding(List.of(moved("LS1", "-3", MovementReason.SCRAP)));

    assertThat(held).isEmpty();
  }

  @Test
  void stock_without_lots_is_one_lot_whether_blank_or_absent() {
    Map<IssuedLot, BigDecimal> held =
        IssuedLot.outstanding(List.of(moved("", "-2", MovementReason.ISSUE)));

    assertThat(held.get(new IssuedLot("SCREW", "MAIN", null))).isEqualByComparingTo("2");
  }
}
