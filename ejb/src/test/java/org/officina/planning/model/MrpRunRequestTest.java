package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.officina.shared.model.Violation;

/** What a run may be asked for, and how a net-change run takes the live plan's settings. */
class MrpRunRequestTest {

  private static final LocalDate START = LocalDate.of(2027, 1, 4);

  private static final MrpRunRequest LIVE =
      new MrpRunRequest(
          "MAIN",
          START,
          180,
          MrpMode.REGENERATIVE,
          false,
          1,
          0,
          Set.of(MessageType.DEFER),
          false,
          new MrpOptions(7, 3, null, false, false, null));

  private static MrpRunRequest netChange(LocalDate start, Integer horizon, boolean suggestions) {
    return new MrpRunRequest(
        "MAIN", start, horizon, MrpMode.NET_CHANGE, false, null, null, Set.of(), suggestions, null);
  }

  @Test
  void net_change_may_leave_out_start_and_horizon_and_plans_with_the_live_plans_settings() {
    MrpRunRequest asked = netChange(null, null, false);

    MrpRunRequest planned = asked.on(LIVE);

    assertThat(asked.violations()).isEmpty();
    assertThat(asked.conflictsWith(LIVE)).isEmpty();
    assertThat(planned.start()).isEqualTo(START);
    assertThat(planned.horizonDays()).isEqualTo(180);
    assertThat(planned.earlyToleranceDays()).isEqualTo(1);
    assertThat(planned.suppressedMessages()).containsExactly(MessageType.DEFER);
    assertThat(planned.mode()).isEqualTo(MrpMode.NET_CHANGE);
    assertThat(planned.options().text()).isEqualTo("backward=7;forward=3");
  }

  @Test
  void run_options_are_kept_as_text_and_read_back_the_same() {
    MrpOptions options =
        new MrpOptions(
            7,
            0,
            Set.of(PlannedOrderType.PURCHASE),
            true,
            true,
            Set.of(MrpSource.STOCK, MrpSource.SALES));

    assertThat(options.text())
        .isEqualTo(
            "backward=7;forward=0;proposals=PURCHASE;reorderPoint;ignorePastDue;sources=STOCK,SALES");
    assertThat(MrpOptions.parse(options.text())).isEqualTo(options);
    assertThat(MrpOptions.parse("")).isEqualTo(MrpOptions.DEFAULT);
    assertThat(MrpOptions.DEFAULT.text()).isEmpty();
    assertThat(MrpOptions.parse("proposals=").proposals()).isEmpty();
  }

  @Test
  void net_change_asking_for_another_start_is_refused_naming_the_live_plans() {
    assertThat(netChange(START.plusDays(7), 180, false).conflictsWith(LIVE))
        .extracting(Violation::field, v -> v.args().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("start", "[2027-01-11, 2027-01-04]"));
  }

  @Test
  void net_change_cannot_turn_a_plan_that_creates_orders_into_suggestions() {
    assertThat(netChange(null, null, true).conflictsWith(LIVE))
        .extracting(Violation::field)
        .containsExactly("suggestionsOnly");
  }

  @Test
  void net_change_is_never_a_simulation() {
    MrpRunRequest simulation =
        new MrpRunRequest(
            "MAIN", null, null, MrpMode.NET_CHANGE, true, null, null, Set.of(), false, null);

    assertThat(simulation.violations()).extracting(Violation::field).containsExactly("simulation");
  }

  @Test
  void a_regeneration_needs_its_start_and_horizon() {
    MrpRunRequest regeneration =
        new MrpRunRequest(
            "MAIN", null, null, MrpMode.REGENERATIVE, false, null, null, Set.of(), true, null);

    assertThat(regeneration.violations())
        .extracting(Violation::field)
        .containsExactly("start", "horizonDays");
  }
}
