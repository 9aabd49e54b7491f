package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.IssueMethod;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.SupplyType;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.execution.model.OrderOperation.Progress;

class MaterialRulesTest {

  private static final ItemKind PART = new ItemKind(SupplyType.BUY, UnitOfMeasure.PCS);

  private static MaterialRules.Order order(OrderMaterial... materials) {
    return new MaterialRules.Order(
        ExecutionFixtures.order(OrderStatus.RELEASED, "10", "10"),
        List.of(materials),
        List.of(
            ExecutionFixtures.operation(10, null, Progress.none()),
            ExecutionFixtures.operation(20, null, Progress.none())),
        Map.of("BODY", PART, "SCREW", PART, "PUMP", PART, "NUT", PART),
        Map.of("NUT", IssueMethod.BACKFLUSH));
  }

  private static OrderMaterial screws(String issued) {
    return new OrderMaterial(
        1,
        "SCREW",
        dec("4"),
        false,
        dec("0"),
        dec("40"),
        dec(issued),
        20,
        IssueMethod.PICKING_LIST,
        "MAIN");
  }

  private static List<String> check(MaterialRules.Order order, MaterialEdit... edits) {
    return MaterialRules.check(List.of(edits), order).stream()
        .map(v -> v.field() + " " + v.key())
        .toList();
  }

  @Test
  void
      a_planner_changes_a_line_and_adds_one_which_takes_its_items_issue_method_and_the_next_number() {
    MaterialRules.Order order = order(screws("8"));
    List<MaterialEdit> edits =
        List.of(
            new MaterialEdit(1, "SCREW", dec("6"), null, dec("5"), 20, null, null),
            new MaterialEdit(null, "NUT", dec("2"), null, null, null, null, null));

    assertThat(MaterialRules.check(edits, order)).isEmpty();
    List<OrderMaterial> applied = MaterialRules.apply(edits, order, i -> true);
    assertThat(applied)
        .extracting(
            m ->
                m.line()
                    + " "
                    + m.item()
                    + " "
                    + m.requiredQty().toPlainString()
                    + " issued "
                    + m.issuedQty().toPlainString()
                    + " @"
                    + m.operationSeq()
                    + " "
                    + m.issueMethod()
                    + " "
                    + m.warehouse())
        .containsExactly(
            "1 SCREW 63 issued 8 @20 PICKING_LIST MAIN", "2 NUT 20 issued 0 @10 BACKFLUSH MAIN");
  }

  @Test
  void each_broken_rule_names_the_line_and_property() {
    assertThat(
            check(
                order(screws("0")),
                new MaterialEdit(7, "GHOST", dec("0"), null, dec("120"), 30, null, "MAIN WH"),
                new MaterialEdit(null, "PUMP", dec("1"), null, null, null, null, null)))
        .containsExactly(
            "materials[1].line order.material.line",
            "materials[1].item item.notFound",
            "materials[1].qty_per value.positive",
            "materials[1].scrap_pct value.range",
            "materials[1].operation_seq workReport.operation.unknown",
            "materials[1].warehouse order.code",
            "materials[2].item order.material.product");
  }

  @Test
  void material_already_issued_stays_on_its_line() {
    MaterialRules.Order order = order(screws("8"));
    assertThat(check(order, new MaterialEdit(null, "BODY", dec("1"), null, null, 10, null, null)))
        .containsExactly("materials order.material.issuedRemoved");
    assertThat(check(order, new MaterialEdit(1, "NUT", dec("4"), null, null, 20, null, null)))
        .containsExactly("materials[1].item order.material.issuedElsewhere");
    assertThat(check(order, new MaterialEdit(1, "SCREW", dec("4"), null, null, 20, null, "WIP")))
        .containsExactly("materials[1].item order.material.issuedElsewhere");
  }
}
