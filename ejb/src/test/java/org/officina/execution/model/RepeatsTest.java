package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.T0;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatsTest {

  private static Declaration run(String order, int seq, String good, Instant happenedAt) {
    return new Declaration(
        "sq-1",
        order,
        seq,
        WorkKind.RUN,
        dec("12"),
        dec(good),
        dec("1"),
        "DIMENSION",
        null,
        false,
        List.of("OP-002", "OP-001"),
        List.of(),
        ReportSource.REST,
        happenedAt);
  }

  private static WorkReport recorded(String clientId, WorkKind kind, String good, String scrap) {
    return new WorkReport(
        1,
        clientId,
        "PRD-10",
        10,
        kind,
        "WC-LATHE",
        dec("12.000"),
        dec(good),
        dec(scrap),
        "DIMENSION",
        null,
        List.of("OP-001", "OP-002"),
        false,
        ReportSource.REST,
        T0,
        "operator",
        T0);
  }

  private static final List<WorkReport> RECORDED =
      List.of(recorded("sq-1", WorkKind.RUN, "10.000", "1.000"));

  @Test
  void the_same_declaration_sent_again_is_a_repeat_whatever_the_scale_or_operator_order() {
    assertThat(Repeats.sameDeclaration(RECORDED, run("PRD-10", 10, "10", T0))).isTrue();
  }

  @Test
  void a_repeat_without_its_instant_is_still_a_repeat() {
    assertThat(Repeats.sameDeclaration(RECORDED, run("PRD-10", 10, "10", null))).isTrue();
  }

  @Test
  void the_id_on_another_order_or_operation_is_another_declaration() {
    assertThat(Repeats.sameDeclaration(RECORDED, run("PRD-11", 10, "10", T0))).isFalse();
    assertThat(Repeats.sameDeclaration(RECORDED, run("PRD-10", 20, "10", T0))).isFalse();
  }

  @Test
  void the_id_with_another_quantity_or_instant_is_another_declaration() {
    assertThat(Repeats.sameDeclaration(RECORDED, run("PRD-10", 10, "11", T0))).isFalse();
    assertThat(Repeats.sameDeclaration(RECORDED, run("PRD-10", 10, "10", T0.plusSeconds(60))))
        .isFalse();
  }

  @Test
  void a_press_is_the_same_when_its_order_operation_and_quantities_sum_the_same() {
    List<WorkReport> pressed =
        List.of(
            recorded("t-7", WorkKind.RUN, "10", "1"),
            recorded("t-7#2", WorkKind.DOWNTIME, "0", "0"));
    assertThat(Repeats.samePress(pressed, "PRD-10", 10, dec("10"), dec("1"))).isTrue();
    assertThat(Repeats.samePress(pressed, "PRD-10", 10, dec("9"), dec("1"))).isFalse();
    assertThat(Repeats.samePress(pressed, "PRD-10", 30, dec("10"), dec("1"))).isFalse();
  }
}
