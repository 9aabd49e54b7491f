package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;

class OrderRulesTest {

  private static final ItemKind MADE = new ItemKind(SupplyType.MAKE, UnitOfMeasure.PCS);

  private static List<String> check(OrderTerms terms, ItemKind kind, String made) {
    return OrderRules.check(terms, kind, dec(made)).stream()
        .map(v -> v.field() + " " + v.key())
        .toList();
  }

  private static OrderTerms terms(String qty, LocalDate start, LocalDate due, String warehouse) {
    return new OrderTerms(
        "PUMP", qty == null ? null : dec(qty), start, due, warehouse, "L-1", null, null, null);
  }

  @Test
  void
      a_made_item_with_a_quantity_dates_and_a_warehouse_is_accepted_with_priority_5_and_10_percent() {
    OrderTerms terms = terms("20", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), "MAIN");
    assertThat(check(terms, MADE, "0")).isEmpty();
    assertThat(terms.priorityOrDefault()).isEqualTo(5);
    assertThat(terms.toleranceOrDefault()).isEqualByComparingTo("10");
  }

  @Test
  void each_broken_rule_names_its_field() {
    OrderTerms terms =
        new OrderTerms(
            "PUMP",
            dec("2.5"),
            LocalDate.of(2027, 1, 8),
            LocalDate.of(2027, 1, 4),
            "MAIN WH",
            "L 1",
            0,
            null,
            dec("120"));
    assertThat(check(terms, MADE, "0"))
        .containsExactly(
            "qty quantity.notWhole",
            "due_date order.due.beforeStart",
            "warehouse order.code",
            "lot order.code",
            "priority value.range",
            "tolerance_pct value.range");
  }

  @Test
  void only_made_items_known_get_production_orders() {
    OrderTerms terms = terms("1", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4), "MAIN");
    assertThat(check(terms, new ItemKind(SupplyType.BUY, UnitOfMeasure.PCS), "0"))
        .containsExactly("item order.item.notMade");
    assertThat(check(terms, null, "0")).containsExactly("item item.notFound");
  }

  @Test
  void the_quantity_cannot_go_below_what_was_made_and_missing_values_are_required() {
    OrderTerms terms = terms("5", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4), "MAIN");
    assertThat(check(terms, MADE, "8")).containsExactly("qty order.qty.belowMade");
    assertThat(check(terms(null, null, null, null), MADE, "0"))
        .containsExactly(
            "qty value.positive",
            "start_date value.required",
            "due_date value.required",
            "warehouse value.required");
  }

  @Test
  void a_revision_keeps_what_it_does_not_say() {
    ProductionOrder order = ExecutionFixtures.order(OrderStatus.RELEASED, "100", "10");
    OrderTerms revised =
        new OrderTerms(null, dec("120"), null, null, null, null, 2, null, null).over(order);
    assertThat(revised.item()).isEqualTo("PUMP");
    assertThat(revised.qty()).isEqualByComparingTo("120");
    assertThat(revised.priority()).isEqualTo(2);
    assertThat(revised.dueDate()).isEqualTo(order.dueDate());
    assertThat(revised.tolerancePct()).isEqualByComparingTo(BigDecimal.TEN);
  }
}
