package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.T0;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.officina.execution.model.OrderOperation.Progress;

class DeclarationRulesTest {

  private static final DeclarationRules.Reasons REASONS =
      new DeclarationRules.Reasons(Set.of("DIMENSION"), Set.of("BREAKDOWN"));

  private static Declaration run(String good, String scrap, String scrapReason) {
    return new Declaration(
        "term-1-0001",
        "PRD-100",
        10,
        WorkKind.RUN,
        dec("12"),
        dec(good),
        dec(scrap),
        scrapReason,
        null,
        false,
        List.of("OP-001"),
        List.of(),
        ReportSource.REST,
        T0);
  }

  private static List<String> check(Declaration d, ProductionOrder order, Progress progress) {
    return DeclarationRules.check(
            d,
            order,
            List.of(
                ExecutionFixtures.operation(10, null, progress),
                ExecutionFixtures.operation(20, null, Progress.none())),
            Set.of("SCREW"),
            REASONS,
            true)
        .stream()
        .map(v -> v.field() + " " + v.key())
        .toList();
  }

  private static ProductionOrder released() {
    return ExecutionFixtures.order(OrderStatus.RELEASED, "100", "10");
  }

  @Test
  void a_run_with_good_and_scrap_and_a_defect_reason_is_accepted() {
    assertThat(check(run("10", "1", "DIMENSION"), released(), Progress.none())).isEmpty();
  }

  @Test
  void an_order_not_on_the_floor_refuses_work_and_says_its_state() {
    for (OrderStatus status :
        new OrderStatus[] {
          OrderStatus.PLANNED, OrderStatus.COMPLETED, OrderStatus.CLOSED, OrderStatus.CANCELLED
        }) {
      assertThat(
              check(
                  run("1", "0", null),
                  ExecutionFixtures.order(status, "100", "10"),
                  Progress.none()))
          .containsExactly("order workReport.orderState");
    }
    assertThat(check(run("1", "0", null), null, Progress.none()))
        .containsExactly("order order.notFound");
  }

  @Test
  void more_than_the_quantity_and_its_tolerance_at_one_operation_is_refused() {
    assertThat(check(run("11", "0", null), released(), ExecutionFixtures.declared("95", "5")))
        .containsExactly("good_qty workReport.qty.beyondTolerance");
    assertThat(check(run("9", "1", "DIMENSION"), released(), ExecutionFixtures.declared("95", "5")))
        .isEmpty();
  }

  @Test
  void scrap_needs_a_known_defect_reason_and_a_stop_a_known_stop_reason_and_minutes() {
    assertThat(check(run("0", "2", null), released(), Progress.none()))
        .containsExactly("scrap_reason workReport.scrapReasonMissing");
    assertThat(check(run("0", "2", "UGLY"), released(), Progress.none()))
        .containsExactly("scrap_reason workReport.scrapReason");
    Declaration stop =
        new Declaration(
            "t-2",
            "PRD-100",
            10,
            WorkKind.DOWNTIME,
            BigDecimal.ZERO,
            null,
            null,
            null,
            "COFFEE",
            false,
            List.of(),
            List.of(),
            ReportSource.JMS,
            T0);
    assertThat(check(stop, released(), Progress.none()))
        .containsExactly("stop_reason workReport.stopReason", "minutes value.positive");
    Declaration stopWithoutReason =
        new Declaration(
            "t-3",
            "PRD-100",
            10,
            WorkKind.DOWNTIME,
            BigDecimal.TEN,
            null,
            null,
            null,
            null,
            false,
            List.of(),
            List.of(),
            ReportSource.JMS,
            T0);
    assertThat(check(stopWithoutReason, released(), Progress.none()))
        .containsExactly("stop_reason workReport.stopReasonMissing");
  }

  @Test
  void negative_fractional_and_misplaced_quantities_are_refused_field_by_field() {
    assertThat(check(run("-1", "0.5", "DIMENSION"), released(), Progress.none()))
        .containsExactly("good_qty value.negative", "scrap_qty quantity.notWhole");
    Declaration setupWithParts =
        new Declaration(
            "t-3",
            "PRD-100",
            10,
            WorkKind.SETUP,
            dec("20"),
            dec("1"),
            null,
            null,
            null,
            false,
            List.of(),
            List.of(),
            ReportSource.REST,
            T0);
    assertThat(check(setupWithParts, released(), Progress.none()))
        .containsExactly("good_qty workReport.qty.onlyRun");
  }

  @Test
  void an_empty_run_an_unknown_or_done_operation_and_a_foreign_lot_are_refused() {
    Declaration emptyRun =
        new Declaration(
            "t-1",
            "PRD-100",
            10,
            WorkKind.RUN,
            null,
            null,
            null,
            null,
            null,
            false,
            List.of(),
            List.of(),
            ReportSource.REST,
            T0);
    assertThat(check(emptyRun, released(), Progress.none()))
        .containsExactly("good_qty workReport.run.empty");
    Declaration elsewhere =
        new Declaration(
            "t-4",
            "PRD-100",
            99,
            WorkKind.RUN,
            null,
            dec("1"),
            null,
            null,
            null,
            false,
            List.of(),
            List.of(),
            ReportSource.REST,
            T0);
    assertThat(check(elsewhere, released(), Progress.none()))
        .containsExactly("operation workReport.operation.unknown");
    Progress done =
        new Progress(
            OperationStatus.DONE,
            null,
            null,
            null,
            BigDecimal.ZERO,
            dec("100"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            T0,
            T0);
    assertThat(check(run("1", "0", null), released(), done))
        .containsExactly("operation workReport.operation.done");
    Declaration foreignLot =
        new Declaration(
            "t-5",
            "PRD-100",
            10,
            WorkKind.RUN,
            null,
            dec("1"),
            null,
            null,
            null,
            false,
            List.of(),
            List.of(new Declaration.LotUse("BOLT", "L1")),
            ReportSource.REST,
            T0);
    assertThat(check(foreignLot, released(), Progress.none()))
        .containsExactly("lots workReport.lot.notMaterial");
  }

  @Test
  void a_declaration_needs_a_client_id_without_the_report_separator() {
    for (String id : new String[] {null, " ", "x".repeat(91), "abc#2"}) {
      Declaration d =
          new Declaration(
              id,
              "PRD-100",
              10,
              WorkKind.RUN,
              dec("1"),
              null,
              null,
              null,
              null,
              false,
              List.of(),
              List.of(),
              ReportSource.REST,
              T0);
      assertThat(check(d, released(), Progress.none()))
          .hasSize(1)
          .allMatch(v -> v.startsWith("client_id "));
    }
  }

  @Test
  void the_reports_of_one_declaration_have_ids_no_other_declaration_can_have() {
    assertThat(ReportIds.of("term-1-0001", 0)).isEqualTo("term-1-0001");
    assertThat(ReportIds.of("term-1-0001", 1)).isEqualTo("term-1-0001#2");
    assertThat(ReportIds.of("term-1-0001", 1)).contains(ReportIds.SEPARATOR);
  }
}
