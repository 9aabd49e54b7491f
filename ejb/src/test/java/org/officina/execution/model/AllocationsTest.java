package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.demand.model.DemandLine;
import org.officina.engineering.model.IssueMethod;

class AllocationsTest {

  private static OrderMaterial screws(String required, String issued) {
    return ExecutionFixtures.material("SCREW", "4", false, "0", 10, IssueMethod.PICKING_LIST)
        .withRequired(dec(required))
        .withIssued(dec(issued));
  }

  private static List<String> allocations(OrderStatus status, OrderMaterial... materials) {
    return Allocations.of(ExecutionFixtures.order(status, "10", "0"), List.of(materials)).stream()
        .map(AllocationsTest::describe)
        .toList();
  }

  private static String describe(DemandLine line) {
    return line.type()
        + " "
        + line.number()
        + "/"
        + line.line()
        + " "
        + line.item()
        + " "
        + line.qty().toPlainString()
        + " on "
        + line.dueDate();
  }

  @Test
  void an_open_order_allocates_what_each_material_still_needs_on_its_start() {
    assertThat(allocations(OrderStatus.RELEASED, screws("40", "15")))
        .containsExactly("ALLOCATION PRD-100/1 SCREW 25 on 2027-01-04");
  }

  @Test
  void a_planned_order_allocates_all_its_materials_and_one_in_progress_what_is_left() {
    assertThat(allocations(OrderStatus.PLANNED, screws("40", "0")))
        .containsExactly("ALLOCATION PRD-100/1 SCREW 40 on 2027-01-04");
    assertThat(allocations(OrderStatus.IN_PROGRESS, screws("40", "39")))
        .containsExactly("ALLOCATION PRD-100/1 SCREW 1 on 2027-01-04");
  }

  @Test
  void a_material_fully_issued_or_issued_beyond_its_need_allocates_nothing() {
    assertThat(allocations(OrderStatus.IN_PROGRESS, screws("40", "40"))).isEmpty();
    assertThat(allocations(OrderStatus.IN_PROGRESS, screws("40", "42"))).isEmpty();
  }

  @Test
  void a_completed_closed_or_cancelled_order_allocates_nothing_more() {
    for (OrderStatus status :
        List.of(OrderStatus.COMPLETED, OrderStatus.CLOSED, OrderStatus.CANCELLED)) {
      assertThat(allocations(status, screws("40", "10"))).as(status.name()).isEmpty();
    }
  }
}
