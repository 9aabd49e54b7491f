package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.IssueMethod;
import org.officina.inventory.model.Reservation;

class FeasibilityTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
  private static final OrderMaterial SCREWS =
      ExecutionFixtures.material("SCREW", "4", false, "0", 10, IssueMethod.PICKING_LIST)
          .withRequired(dec("40"));

  @Test
  void a_component_in_stock_is_available_today() {
    Feasibility f = Feasibility.of(SCREWS, dec("50"), List.of(), TODAY);
    assertThat(f.isShort()).isFalse();
    assertThat(f.availableOn()).isEqualTo(TODAY);
  }

  @Test
  void a_short_component_is_available_when_the_open_supply_completes_it() {
    List<Feasibility.Receipt> receipts =
        List.of(
            new Feasibility.Receipt(LocalDate.of(2027, 1, 20), dec("10")),
            new Feasibility.Receipt(LocalDate.of(2027, 1, 11), dec("10")));
    Feasibility f = Feasibility.of(SCREWS, dec("25"), receipts, TODAY);
    assertThat(f.shortage()).isEqualByComparingTo("15");
    assertThat(f.availableOn()).isEqualTo(LocalDate.of(2027, 1, 20));
  }

  @Test
  void a_component_that_even_all_supply_leaves_short_has_no_date_and_overdue_supply_counts_today() {
    assertThat(
            Feasibility.of(
                    SCREWS, dec("5"), List.of(new Feasibility.Receipt(TODAY, dec("10"))), TODAY)
                .availableOn())
        .isNull();
    assertThat(
            Feasibility.of(
                    SCREWS,
                    dec("35"),
                    List.of(new Feasibility.Receipt(TODAY.minusDays(3), dec("10"))),
                    TODAY)
                .availableOn())
        .isEqualTo(TODAY);
  }

  @Test
  void what_was_issued_is_no_longer_needed() {
    Feasibility f = Feasibility.of(SCREWS.withIssued(dec("40")), BigDecimal.ZERO, List.of(), TODAY);
    assertThat(f.needed()).isEqualByComparingTo("0");
    assertThat(f.isShort()).isFalse();
  }

  @Test
  void release_reserves_what_is_still_to_issue_as_far_as_free_stock_goes_lines_sharing_it() {
    OrderMaterial second =
        new OrderMaterial(
            2,
            "SCREW",
            dec("1"),
            false,
            BigDecimal.ZERO,
            dec("30"),
            BigDecimal.ZERO,
            20,
            IssueMethod.BACKFLUSH,
            "MAIN");
    OrderMaterial automatic =
        new OrderMaterial(
            3,
            "OIL",
            dec("1"),
            false,
            BigDecimal.ZERO,
            dec("5"),
            BigDecimal.ZERO,
            20,
            IssueMethod.AUTOMATIC,
            "MAIN");
    List<Reservation> reserved =
        ReservationPlan.of(
            "PRD-100",
            List.of(SCREWS, second, automatic),
            Map.of("MAIN", Map.of("SCREW", dec("55"), "OIL", dec("9"))));
    assertThat(reserved)
        .containsExactly(
            new Reservation("SCREW", "MAIN", "PRD-100", 1, dec("40")),
            new Reservation("SCREW", "MAIN", "PRD-100", 2, dec("15")));
  }
}
