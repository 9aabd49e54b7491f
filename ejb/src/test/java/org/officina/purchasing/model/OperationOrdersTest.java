package org.officina.purchasing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 10 shafts: turned (10), case hardened and tempered at HEAT (20, with sub-operation 25), ground
 * (30), zinc plated at ZINC (40). The bar goes in at 10, the hardening salt (0.1 kg a piece, 5%
 * lost) at 20 and its quench oil (2 l for the order) at 25, the plating bath at 40.
 */
class OperationOrdersTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

  private static RoutedOrder shafts(LocalDate start) {
    return new RoutedOrder(
        "PRD-7",
        "SHAFT",
        new BigDecimal("10"),
        start,
        LocalDate.of(2027, 1, 29),
        "MAIN",
        List.of(
            new RoutedOrder.Step(10, null, null, null),
            new RoutedOrder.Step(20, null, "HEAT", new BigDecimal("0.80")),
            new RoutedOrder.Step(25, 20, null, null),
            new RoutedOrder.Step(30, null, null, null),
            new RoutedOrder.Step(40, null, "ZINC", null)),
        List.of(
            new RoutedOrder.Material(1, "BAR", new BigDecimal("0.5"), false, null, 10),
            new RoutedOrder.Material(
                2, "SALT", new BigDecimal("0.1"), false, new BigDecimal("5"), 20),
            new RoutedOrder.Material(3, "OIL", new BigDecimal("2"), true, null, 25),
            new RoutedOrder.Material(4, "BATH", new BigDecimal("0.01"), false, null, 40)));
  }

  private static List<SubcontractOrder> orders(
      LocalDate start, Map<Integer, OperationOrders.Price> prices) {
    RoutedOrder order = shafts(start);
    return OperationOrders.of(
        order,
        ExternalPhases.group(order.phases()),
        prices,
        Map.of("SALT", new BigDecimal("3")),
        TODAY);
  }

  @Test
  void
      each_external_operation_ships_the_pieces_before_it_and_the_materials_it_and_its_sub_operations_consume() {
    List<SubcontractOrder> made = orders(LocalDate.of(2027, 1, 11), Map.of());

    assertThat(made).extracting(SubcontractOrder::supplier).containsExactly("HEAT", "ZINC");
    SubcontractOrder heat = made.get(0);
    assertThat(heat.operations())
        .isEqualTo(new SubcontractOrder.Operations("PRD-7", List.of(20), 10));
    assertThat(heat.components())
        .extracting(
            c ->
                c.line()
                    + " "
                    + c.item()
                    + " x"
                    + c.qtyPer()
                    + " line "
                    + c.materialLine()
                    + (c.inProcess() ? " in process" : ""))
        .containsExactly(
            "1 SHAFT x1 line null in process", "2 SALT x0.1 line 2", "3 OIL x2 line 3");
    assertThat(heat.components().get(2).perOrder()).isTrue();
    assertThat(heat.components())
        .as("the salt may be consumed 3% more or less than the bill says, the oil exactly")
        .extracting(c -> c.tolerancePct().stripTrailingZeros().toPlainString())
        .containsExactly("0", "3", "0");
    assertThat(heat.qty()).isEqualByComparingTo("10");
    assertThat(made.get(1).operations().previousSeq()).isEqualTo(30);
  }

  @Test
  void an_external_operation_opening_the_routing_ships_only_its_materials() {
    RoutedOrder order =
        new RoutedOrder(
            "PRD-8",
            "SHAFT",
            BigDecimal.TEN,
            TODAY,
            TODAY.plusDays(10),
            "MAIN",
            List.of(
                new RoutedOrder.Step(10, null, "HEAT", null),
                new RoutedOrder.Step(20, null, null, null)),
            List.of(new RoutedOrder.Material(1, "BAR", new BigDecimal("0.5"), false, null, 10)));

    SubcontractOrder first =
        OperationOrders.of(order, ExternalPhases.group(order.phases()), Map.of(), Map.of(), TODAY)
            .get(0);

    assertThat(first.operations().previousSeq()).isNull();
    assertThat(first.components()).extracting(SubcontractComponent::item).containsExactly("BAR");
    assertThat(first.piecesToShip(BigDecimal.TEN)).isEqualByComparingTo("0");
  }

  @Test
  void
      the_work_is_priced_by_the_subcontractors_list_else_by_the_routing_and_due_after_its_lead_time() {
    List<SubcontractOrder> listed =
        orders(
            LocalDate.of(2027, 1, 11),
            Map.of(20, new OperationOrders.Price(new BigDecimal("0.95"), "EUR", 6)));
    assertThat(listed.get(0).unitPrice()).isEqualByComparingTo("0.95");
    assertThat(listed.get(0).currency()).isEqualTo("EUR");
    assertThat(listed.get(0).shipDate()).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(listed.get(0).dueDate()).isEqualTo(LocalDate.of(2027, 1, 17));

    List<SubcontractOrder> routed = orders(LocalDate.of(2027, 1, 11), Map.of());
    assertThat(routed.get(0).unitPrice()).isEqualByComparingTo("0.80");
    assertThat(routed.get(0).dueDate()).isEqualTo(LocalDate.of(2027, 1, 29));
    assertThat(routed.get(1).unitPrice()).as("no list and no cost: priced later").isNull();
  }

  @Test
  void an_order_started_in_the_past_ships_from_today() {
    assertThat(orders(LocalDate.of(2026, 12, 1), Map.of()).get(0).shipDate()).isEqualTo(TODAY);
  }

  @Test
  void pieces_go_out_as_the_operation_before_passes_them_on_and_rejected_ones_do_not_go_again() {
    SubcontractOrder heat = orders(TODAY, Map.of()).get(0);
    assertThat(heat.piecesToShip(new BigDecimal("6"))).isEqualByComparingTo("6");

    SubcontractComponent pieces = heat.components().get(0);
    SubcontractOrder shipped =
        heat.withComponents(
            List.of(pieces.shipping(new BigDecimal("6")), heat.components().get(1)));
    assertThat(shipped.piecesToShip(new BigDecimal("6"))).isEqualByComparingTo("0");
    assertThat(shipped.piecesToShip(new BigDecimal("10"))).isEqualByComparingTo("4");

    SubcontractOrder twoRejected =
        heat.withComponents(
            List.of(
                pieces.shipping(new BigDecimal("6")).after(BigDecimal.ZERO, new BigDecimal("2")),
                heat.components().get(1)));
    assertThat(twoRejected.piecesToShip(new BigDecimal("6")))
        .as("rejected pieces are scrap of the production order")
        .isEqualByComparingTo("0");
  }

  @Test
  void an_order_for_several_operations_splits_only_while_nothing_of_it_was_shipped() {
    RoutedOrder order =
        new RoutedOrder(
            "PRD-9",
            "PIN",
            BigDecimal.TEN,
            TODAY,
            TODAY.plusDays(10),
            "MAIN",
            List.of(
                new RoutedOrder.Step(10, null, null, null),
                new RoutedOrder.Step(20, null, "HEAT", null),
                new RoutedOrder.Step(30, null, "HEAT", null)),
            List.of());
    SubcontractOrder both =
        OperationOrders.of(order, ExternalPhases.group(order.phases()), Map.of(), Map.of(), TODAY)
            .get(0);
    assertThat(both.splittable()).isTrue();
    assertThat(
            both.withComponents(List.of(both.components().get(0).shipping(BigDecimal.ONE)))
                .splittable())
        .isFalse();
    assertThat(orders(TODAY, Map.of()).get(0).splittable()).as("one operation").isFalse();
  }

  @Test
  void an_order_for_operations_is_neither_supply_nor_demand_for_mrp_its_production_order_is() {
    SubcontractOrder heat = orders(TODAY, Map.of()).get(0);
    assertThat(heat.supply()).isEmpty();
    assertThat(heat.toShip()).isEmpty();
  }

  @Test
  void a_note_may_send_the_pieces_made_so_far_and_what_the_bill_says_the_order_needs() {
    SubcontractOrder heat = orders(TODAY, Map.of()).get(0);

    assertThat(heat.shippable(new BigDecimal("6")))
        .extracting(
            s -> s.line() + " " + s.item() + " " + s.qty().stripTrailingZeros().toPlainString())
        .containsExactly("1 SHAFT 6", "2 SALT 1.05", "3 OIL 2");
    assertThat(heat.shippable(BigDecimal.ZERO))
        .extracting(SubcontractOrder.Shortfall::item)
        .containsExactly("SALT", "OIL");
  }
}
