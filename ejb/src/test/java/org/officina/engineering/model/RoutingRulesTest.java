package org.officina.engineering.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {

  private static RoutingOperation op(
      int seq, Integer parent, String center, String subcontractor, String cost, String... tools) {
    BigDecimal one = BigDecimal.ONE;
    return new RoutingOperation(
        "BODY",
        seq,
        parent,
        "",
        center,
        one,
        one,
        one,
        BigDecimal.ZERO,
        one,
        one,
        BigDecimal.ZERO,
        subcontractor,
        cost == null ? null : new BigDecimal(cost),
        List.of(tools),
        null,
        List.of());
  }

  /** The operation running instead on the alternates given, in a setup family. */
  private static RoutingOperation alternates(
      RoutingOperation op, String family, String... centers) {
    return new RoutingOperation(
        op.item(),
        op.seq(),
        op.parentSeq(),
        op.description(),
        op.workCenter(),
        op.setupMinutes(),
        op.runMinutes(),
        op.labourMinutes(),
        op.fixedMinutes(),
        op.queueMinutes(),
        op.moveMinutes(),
        op.overlapPct(),
        op.subcontractor(),
        op.subcontractCost(),
        op.tooling(),
        family,
        List.of(centers));
  }

  private static List<String> check(RoutingOperation... operations) {
    return RoutingRules.check(
            List.of(operations),
            Set.of("LATHE", "MILL"),
            Set.of("JAW"),
            Map.of("HEAT", true, "STEEL", false))
        .stream()
        .map(r -> r.index() + " " + r.violation().field() + " " + r.violation().key())
        .toList();
  }

  @Test
  void a_routing_with_operations_sub_operations_tools_and_an_external_step_is_accepted() {
    assertThat(
            check(
                op(10, null, "LATHE", null, null, "JAW"),
                op(11, 10, "LATHE", null, null),
                op(20, null, "MILL", "HEAT", "2.5")))
        .isEmpty();
  }

  @Test
  void each_broken_rule_names_the_operation_and_its_column() {
    assertThat(
            check(
                op(10, null, "SAW", null, null, "VISE"),
                op(10, null, "LATHE", null, null),
                op(11, 40, "LATHE", null, null),
                op(12, 11, "LATHE", null, null),
                op(20, null, "MILL", null, "3"),
                op(30, null, "MILL", "STEEL", "3"),
                op(50, null, "", "NOBODY", "-1"),
                op(0, null, "MILL", null, null)))
        .containsExactly(
            "1 seq routing.seqTwice",
            "0 work_center workCenter.unknown",
            "0 tooling tool.unknown",
            "2 parent_seq routing.parentSeq",
            "3 parent_seq routing.nestedSub",
            "4 subcontract_cost routing.costWithoutSubcontractor",
            "5 subcontractor supplier.notSubcontractor",
            "6 work_center value.required",
            "6 subcontractor supplier.unknown",
            "6 subcontract_cost value.negative",
            "7 seq value.range");
  }

  @Test
  void an_operation_of_the_floor_may_name_known_alternate_work_centers_and_a_setup_family() {
    assertThat(check(alternates(op(10, null, "LATHE", null, null), "STEEL-40", "MILL"))).isEmpty();
  }

  @Test
  void an_alternate_is_refused_when_it_is_unknown_the_operation_s_own_or_the_step_is_external() {
    assertThat(
            check(
                alternates(op(10, null, "LATHE", null, null), null, "LATHE", "DRILL"),
                alternates(op(20, null, "MILL", "HEAT", "2.5"), null, "LATHE"),
                alternates(op(30, null, "MILL", null, null), "F".repeat(41))))
        .containsExactly(
            "0 alternate_work_centers routing.alternateOwn",
            "0 alternate_work_centers workCenter.unknown",
            "1 alternate_work_centers routing.alternateNotHere",
            "2 setup_family text.tooLong");
  }
}
