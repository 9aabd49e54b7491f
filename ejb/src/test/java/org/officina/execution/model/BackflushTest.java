package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.IssueMethod;

class BackflushTest {

  private static final OrderMaterial SCREWS =
      ExecutionFixtures.material("SCREW", "4", false, "0", 10, IssueMethod.BACKFLUSH);

  @Test
  void a_declaration_consumes_for_the_good_and_the_scrapped_parts() {
    assertThat(Backflush.quantity(SCREWS, BigDecimal.ZERO, dec("11"), true))
        .isEqualByComparingTo("44");
  }

  @Test
  void the_component_scrap_of_the_bill_is_consumed_too() {
    OrderMaterial bar =
        ExecutionFixtures.material("BAR", "0.25", false, "4", 10, IssueMethod.BACKFLUSH);
    assertThat(Backflush.quantity(bar, BigDecimal.ZERO, dec("10"), false))
        .isEqualByComparingTo("2.6");
  }

  @Test
  void whole_units_are_rounded_on_the_running_total_so_rounding_does_not_add_up() {
    OrderMaterial quarter =
        ExecutionFixtures.material("CLIP", "0.25", false, "0", 10, IssueMethod.BACKFLUSH);
    BigDecimal consumed = BigDecimal.ZERO;
    for (int part = 0; part < 10; part++) {
      consumed =
          consumed.add(Backflush.quantity(quarter, BigDecimal.valueOf(part), BigDecimal.ONE, true));
    }
    assertThat(consumed).isEqualByComparingTo("3");
  }

  @Test
  void a_quantity_per_order_is_consumed_once_by_the_first_declaration() {
    OrderMaterial kit =
        ExecutionFixtures.material("KIT", "2", true, "0", 10, IssueMethod.BACKFLUSH);
    assertThat(Backflush.quantity(kit, BigDecimal.ZERO, dec("5"), true)).isEqualByComparingTo("2");
    assertThat(Backflush.quantity(kit, dec("5"), dec("5"), true)).isEqualByComparingTo("0");
  }

  @Test
  void a_declaration_of_time_only_consumes_nothing() {
    assertThat(Backflush.quantity(SCREWS, dec("3"), BigDecimal.ZERO, true))
        .isEqualByComparingTo("0");
  }
}
