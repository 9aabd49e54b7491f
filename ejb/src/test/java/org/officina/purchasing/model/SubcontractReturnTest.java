package org.officina.purchasing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.officina.purchasing.model.SubcontractReturn.Plan;
import org.officina.purchasing.model.SubcontractReturn.Request;
import org.officina.shared.model.Violation;

/**
 * An order of 100 pieces, each of half a kilo of bar (4% of it lost in the work, so 52 kg for the
 * order, tolerance 2%) and two screws; what was shipped varies by test.
 */
class SubcontractReturnTest {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private static SubcontractComponent bar(String shipped) {
    return new SubcontractComponent(
        1,
        "BAR",
        new BigDecimal("0.5"),
        false,
        new BigDecimal("4"),
        new BigDecimal("2"),
        new BigDecimal(shipped),
        null,
        null);
  }

  private static SubcontractComponent screws(String shipped) {
    return new SubcontractComponent(
        2, "SCREW", new BigDecimal("2"), false, null, null, new BigDecimal(shipped), null, null);
  }

  private static Request back(String good, String scrapped, String rejected) {
    return new Request(
        new BigDecimal(good), new BigDecimal(scrapped), new BigDecimal(rejected), Map.of(), false);
  }

  /** A return after done pieces came back good. */
  private static Plan plan(BigDecimal done, Request request, SubcontractComponent... components) {
    return SubcontractReturn.plan(
        HUNDRED, new SubcontractReturn.SoFar(done, BigDecimal.ZERO), List.of(components), request);
  }

  private static List<String> messages(Plan plan) {
    return plan.refusals().stream().map(Violation::message).toList();
  }

  @Test
  void theComponentsAreConsumedByTheBillForTheGoodAndScrappedPiecesNotByWhatWasShipped() {
    Plan plan = plan(BigDecimal.ZERO, back("98", "2", "0"), bar("55"), screws("210"));

    assertThat(plan.refusals()).isEmpty();
    assertThat(plan.moves())
        .extracting(m -> m.item() + " " + m.consumed().toPlainString())
        .containsExactly("BAR 52", "SCREW 200");
    assertThat(plan.after())
        .extracting(c -> c.item() + " holds " + c.held().toPlainString())
        .as("the leftovers stay at the subcontractor")
        .containsExactly("BAR holds 3", "SCREW holds 10");
  }

  @Test
  void aPartReturnConsumesItsShareAndTheRestStaysOut() {
    Plan plan = plan(BigDecimal.ZERO, back("40", "2", "0"), bar("52"));

    assertThat(plan.moves().get(0).consumed()).isEqualByComparingTo("21.84");
    assertThat(plan.after().get(0).held()).isEqualByComparingTo("30.16");
  }

  @Test
  void leftoversComeBackWhenTheReturnSaysSo() {
    Request all = new Request(HUNDRED, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), true);

    Plan plan = plan(BigDecimal.ZERO, all, bar("55"));

    assertThat(plan.moves().get(0).leftoverBack()).isEqualByComparingTo("3");
    assertThat(plan.after().get(0).held()).isEqualByComparingTo("0");
  }

  @Test
  void rejectedPiecesConsumeNothingTheirComponentsComeBack() {
    Plan plan = plan(new BigDecimal("90"), back("7", "1", "2"), screws("20"));

    assertThat(plan.moves().get(0).consumed()).isEqualByComparingTo("16");
    assertThat(plan.moves().get(0).rejectedBack()).isEqualByComparingTo("4");
    assertThat(plan.after().get(0).held()).isEqualByComparingTo("0");
  }

  @Test
  void aDeclaredConsumptionWithinTheToleranceIsTakenAndBeyondItRefusedWithTheReason() {
    Request within =
        new Request(
            HUNDRED, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(1, new BigDecimal("53")), false);
    Request beyond =
        new Request(
            HUNDRED, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(1, new BigDecimal("54")), false);

    assertThat(plan(BigDecimal.ZERO, within, bar("55")).moves().get(0).consumed())
        .isEqualByComparingTo("53");
    assertThat(messages(plan(BigDecimal.ZERO, beyond, bar("55"))))
        .containsExactly("consuming 54 of BAR is outside the 2% tolerance of the 52 the bill says");
  }

  @Test
  void aReturnNeedingMoreThanTheSubcontractorHoldsOrMorePiecesThanAreOutIsRefused() {
    assertThat(messages(plan(BigDecimal.ZERO, back("100", "0", "0"), bar("40"))))
        .containsExactly(
            "the subcontractor holds 40 of BAR for this order, and this return needs 52");
    assertThat(messages(plan(new BigDecimal("60"), back("41", "0", "0"), bar("52"))))
        .containsExactly("41 pieces back is more than the 40 still out");
    assertThat(messages(plan(BigDecimal.ZERO, back("0", "0", "0"), bar("52"))))
        .containsExactly(
            "a return needs a quantity good, scrapped or rejected, or the leftovers back");
  }

  @Test
  void returnsOneAtATimeAddUpToTheBillForTheOrderHoweverEachRounds() {
    SubcontractComponent perOrder =
        new SubcontractComponent(
            1, "JIG", new BigDecimal("2"), true, null, null, new BigDecimal("2"), null, null);
    List<SubcontractComponent> components = List.of(perOrder);
    BigDecimal three = new BigDecimal("3");
    SubcontractReturn.SoFar soFar = new SubcontractReturn.SoFar(BigDecimal.ZERO, BigDecimal.ZERO);
    for (int piece = 0; piece < 3; piece++) {
      Plan plan = SubcontractReturn.plan(three, soFar, components, back("1", "0", "0"));
      assertThat(plan.refusals()).isEmpty();
      components = plan.after();
      soFar = new SubcontractReturn.SoFar(soFar.consuming().add(BigDecimal.ONE), BigDecimal.ZERO);
    }

    assertThat(components.get(0).consumed()).isEqualByComparingTo("2");
    assertThat(components.get(0).held()).isEqualByComparingTo("0");
  }

  @Test
  void leftoversBeforeTheLastPieceLeaveWhatThePiecesStillOutNeed() {
    Request half =
        new Request(new BigDecimal("50"), BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), true);

    Plan plan = plan(BigDecimal.ZERO, half, bar("60"));

    assertThat(plan.moves().get(0).consumed()).isEqualByComparingTo("26");
    assertThat(plan.moves().get(0).leftoverBack()).isEqualByComparingTo("8");
    assertThat(plan.after().get(0).held()).isEqualByComparingTo("26");
  }
}
