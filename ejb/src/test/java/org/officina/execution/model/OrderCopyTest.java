package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.RoutingOperation;

class OrderCopyTest {

  private static final LocalDate START = LocalDate.of(2027, 3, 1);

  private static BomLine line(
      String parent, String component, String qty, String scrap, int seq, boolean phantom) {
    return new BomLine(
        parent, component, dec(qty), false, dec(scrap), null, null, seq, phantom, null, 1);
  }

  private static List<String> copy(Map<String, List<BomLine>> bills, String qty) {
    OrderCopy copy = new OrderCopy(i -> bills.getOrDefault(i, List.of()));
    return OrderCopy.sized(
            copy.materials("PUMP", START, 10),
            dec(qty),
            "MAIN",
            Map.of("SCREW", IssueMethod.BACKFLUSH),
            item -> !item.equals("OIL"))
        .stream()
        .map(
            m ->
                m.line()
                    + " "
                    + m.item()
                    + " "
                    + m.requiredQty().toPlainString()
                    + " @"
                    + m.operationSeq()
                    + " "
                    + m.issueMethod())
        .toList();
  }

  @Test
  void an_order_takes_each_component_with_its_scrap_rounded_up_to_whole_units() {
    Map<String, List<BomLine>> bills =
        Map.of(
            "PUMP",
            List.of(
                line("PUMP", "BODY", "1", "0", 10, false),
                line("PUMP", "SCREW", "4", "2.5", 20, false)));
    assertThat(copy(bills, "10"))
        .containsExactly("1 BODY 10 @10 PICKING_LIST", "2 SCREW 41 @20 BACKFLUSH");
  }

  @Test
  void a_continuous_component_keeps_its_fraction() {
    Map<String, List<BomLine>> bills =
        Map.of("PUMP", List.of(line("PUMP", "OIL", "0.125", "10", 20, false)));
    assertThat(copy(bills, "3")).containsExactly("1 OIL 0.4125 @20 PICKING_LIST");
  }

  @Test
  void a_phantom_gives_its_own_components_at_the_phantoms_operation() {
    Map<String, List<BomLine>> bills =
        Map.of(
            "PUMP", List.of(line("PUMP", "KIT", "2", "0", 30, true)),
            "KIT",
                List.of(
                    line("KIT", "SCREW", "4", "0", 10, false),
                    line("KIT", "SEAL", "1", "0", 0, false)));
    assertThat(copy(bills, "5"))
        .containsExactly("1 SCREW 40 @30 BACKFLUSH", "2 SEAL 10 @30 PICKING_LIST");
  }

  @Test
  void a_phantom_within_a_phantom_is_exploded_through_too() {
    Map<String, List<BomLine>> bills =
        Map.of(
            "PUMP", List.of(line("PUMP", "KIT", "2", "0", 30, true)),
            "KIT", List.of(line("KIT", "SUBKIT", "3", "0", 0, true)),
            "SUBKIT", List.of(line("SUBKIT", "SCREW", "1", "0", 0, false)));
    assertThat(copy(bills, "5")).containsExactly("1 SCREW 30 @30 BACKFLUSH");
  }

  @Test
  void
      lines_not_valid_on_the_start_date_and_alternates_are_left_out_and_no_operation_means_the_first() {
    BomLine old =
        new BomLine(
            "PUMP",
            "OLD-SEAL",
            dec("1"),
            false,
            BigDecimal.ZERO,
            null,
            START.minusDays(1),
            0,
            false,
            null,
            1);
    BomLine current =
        new BomLine(
            "PUMP", "NEW-SEAL", dec("1"), false, BigDecimal.ZERO, START, null, 0, false, null, 1);
    BomLine alternate =
        new BomLine(
            "PUMP",
            "ALT-SEAL",
            dec("1"),
            false,
            BigDecimal.ZERO,
            null,
            null,
            0,
            false,
            "NEW-SEAL",
            2);
    assertThat(copy(Map.of("PUMP", List.of(old, current, alternate)), "2"))
        .containsExactly("1 NEW-SEAL 2 @10 PICKING_LIST");
  }

  @Test
  void a_quantity_per_order_does_not_grow_with_the_order_but_is_needed_as_soon_as_one_is_made() {
    OrderMaterial fixture =
        ExecutionFixtures.material("PAINT-KIT", "3", true, "0", 10, IssueMethod.PICKING_LIST);
    assertThat(OrderCopy.need(fixture, dec("100"), true)).isEqualByComparingTo("3");
    assertThat(OrderCopy.need(fixture, dec("1"), true)).isEqualByComparingTo("3");
    assertThat(OrderCopy.need(fixture, BigDecimal.ZERO, true)).isEqualByComparingTo("0");
  }

  @Test
  void a_new_quantity_resizes_what_is_required_and_keeps_what_was_issued_and_how() {
    OrderMaterial screw =
        ExecutionFixtures.material("SCREW", "4", false, "0", 10, IssueMethod.AUTOMATIC)
            .withRequired(dec("40"))
            .withIssued(dec("40"));
    OrderMaterial resized = OrderCopy.resized(List.of(screw), dec("12"), i -> true).get(0);
    assertThat(resized.requiredQty()).isEqualByComparingTo("48");
    assertThat(resized.issuedQty()).isEqualByComparingTo("40");
    assertThat(resized.openQty()).isEqualByComparingTo("8");
    assertThat(resized.issueMethod()).isEqualTo(IssueMethod.AUTOMATIC);
  }

  @Test
  void operations_are_copied_in_order_and_the_last_main_operation_receives_the_product() {
    RoutingOperation cut =
        new RoutingOperation(
            "PUMP",
            10,
            null,
            "cut",
            "SAW",
            dec("15"),
            dec("1.2"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of("JAW"),
            "STEEL-40",
            List.of("SAW-2"));
    RoutingOperation deburr =
        new RoutingOperation(
            "PUMP",
            15,
            10,
            "deburr",
            "SAW",
            null,
            dec("0.5"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            List.of());
    RoutingOperation test =
        new RoutingOperation(
            "PUMP", 30, null, "test", "TEST", dec("5"), dec("3"), null, null, null, null, null,
            null, null, List.of(), null, List.of());
    List<OrderOperation> operations = OrderCopy.operations(List.of(test, deburr, cut));
    assertThat(operations).extracting(OrderOperation::seq).containsExactly(10, 15, 30);
    assertThat(operations.get(0).tooling()).containsExactly("JAW");
    assertThat(operations.get(0).setupFamily()).isEqualTo("STEEL-40");
    assertThat(operations.get(0).alternateWorkCenters()).containsExactly("SAW-2");
    assertThat(operations.get(1).setupMinutes()).isEqualByComparingTo("0");
    assertThat(operations.get(0).progress().status()).isEqualTo(OperationStatus.WAITING);
    assertThat(OrderCopy.firstOperation(operations)).isEqualTo(10);
    assertThat(OrderCopy.lastOperation(operations)).isEqualTo(30);
    assertThat(operations.get(2).plannedMinutes(dec("10"))).isEqualByComparingTo("35");
  }
}
