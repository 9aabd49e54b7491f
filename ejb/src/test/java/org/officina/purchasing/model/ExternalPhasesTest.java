package org.officina.purchasing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.purchasing.model.ExternalPhases.Group;
import org.officina.purchasing.model.ExternalPhases.Phase;

class ExternalPhasesTest {

  @Test
  void consecutiveOperationsOfOneSubcontractorGoOutTogetherShippingWhatTheOneBeforeMade() {
    List<Group> groups =
        ExternalPhases.group(
            List.of(
                new Phase(10, null),
                new Phase(20, "HEAT"),
                new Phase(30, "HEAT"),
                new Phase(40, "PLATING"),
                new Phase(50, null),
                new Phase(60, "HEAT")));

    assertThat(groups)
        .containsExactly(
            new Group("HEAT", List.of(20, 30), 10),
            new Group("PLATING", List.of(40), 30),
            new Group("HEAT", List.of(60), 50));
  }

  @Test
  void aGroupThatOpensTheRoutingShipsTheOrdersMaterials() {
    assertThat(ExternalPhases.group(List.of(new Phase(10, "CUT"), new Phase(20, null))))
        .containsExactly(new Group("CUT", List.of(10), null));
    assertThat(ExternalPhases.group(List.of(new Phase(10, null)))).isEmpty();
  }

  @Test
  void aGroupUngroupedIsAnOrderPerOperationEachShippingThePreviousOnesOutput() {
    assertThat(ExternalPhases.ungroup(new Group("HEAT", List.of(20, 30, 40), 10)))
        .containsExactly(
            new Group("HEAT", List.of(20), 10),
            new Group("HEAT", List.of(30), 20),
            new Group("HEAT", List.of(40), 30));
  }
}
