package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.T0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.officina.execution.model.OrderOperation.Progress;

class OperationClockTest {

  private Progress progress = Progress.none();
  private final List<String> work = new ArrayList<>();

  private void press(TerminalAction action, int minute, String reason) {
    Instant at = T0.plusSeconds(60L * minute);
    OperationClock.Tick tick = OperationClock.press(progress, action, at, reason).orElseThrow();
    progress = tick.progress();
    tick.work()
        .forEach(
            w ->
                work.add(
                    w.kind()
                        + " "
                        + w.minutes().stripTrailingZeros().toPlainString()
                        + (w.stopReason() == null ? "" : " " + w.stopReason())
                        + (w.finishes() ? " finishes" : "")));
  }

  @Test
  void setup_and_run_are_measured_between_the_presses() {
    press(TerminalAction.START_SETUP, 0, null);
    press(TerminalAction.START_RUN, 25, null);
    press(TerminalAction.DECLARE, 45, null);
    press(TerminalAction.FINISH, 100, null);
    assertThat(work).containsExactly("SETUP 25", "RUN 20", "RUN 55 finishes");
    assertThat(progress.status()).isEqualTo(OperationStatus.DONE);
    assertThat(progress.startedAt()).isEqualTo(T0);
  }

  @Test
  void a_pause_is_a_downtime_with_its_reason_and_does_not_count_as_setup() {
    press(TerminalAction.START_SETUP, 0, null);
    press(TerminalAction.PAUSE, 10, "TOOLING");
    assertThat(progress.status()).isEqualTo(OperationStatus.PAUSED);
    assertThat(progress.paused()).isEqualTo(OperationStatus.SETUP);
    press(TerminalAction.RESUME, 40, null);
    press(TerminalAction.FINISH_SETUP, 45, null);
    assertThat(work).containsExactly("DOWNTIME 30 TOOLING", "SETUP 15");
    assertThat(progress.status()).isEqualTo(OperationStatus.WAITING);
  }

  @Test
  void finishing_during_a_pause_closes_the_stop_and_the_run() {
    press(TerminalAction.START_RUN, 0, null);
    press(TerminalAction.PAUSE, 30, "BREAKDOWN");
    press(TerminalAction.FINISH, 50, null);
    assertThat(work).containsExactly("DOWNTIME 20 BREAKDOWN", "RUN 30 finishes");
  }

  @Test
  void a_quantity_declared_during_a_pause_counts_the_run_before_it_and_the_stop_goes_on() {
    press(TerminalAction.START_RUN, 0, null);
    press(TerminalAction.PAUSE, 30, "MATERIAL");
    press(TerminalAction.DECLARE, 35, null);
    press(TerminalAction.RESUME, 50, null);
    press(TerminalAction.FINISH, 60, null);
    assertThat(work).containsExactly("RUN 30", "DOWNTIME 20 MATERIAL", "RUN 10 finishes");
  }

  @Test
  void starting_the_run_during_setup_finishes_the_setup() {
    press(TerminalAction.START_SETUP, 0, null);
    press(TerminalAction.START_RUN, 12, null);
    assertThat(work).containsExactly("SETUP 12");
    assertThat(progress.status()).isEqualTo(OperationStatus.RUNNING);
  }

  @Test
  void a_button_that_does_not_fit_the_state_does_nothing() {
    assertThat(OperationClock.press(progress, TerminalAction.PAUSE, T0, "BREAK")).isEmpty();
    assertThat(OperationClock.press(progress, TerminalAction.RESUME, T0, null)).isEmpty();
    assertThat(OperationClock.press(progress, TerminalAction.DECLARE, T0, null)).isEmpty();
    press(TerminalAction.START_SETUP, 0, null);
    assertThat(OperationClock.press(progress, TerminalAction.START_SETUP, T0, null)).isEmpty();
    assertThat(OperationClock.press(progress, TerminalAction.FINISH, T0, null)).isEmpty();
  }

  @Test
  void minutes_are_measured_to_the_hundredth() {
    assertThat(OperationClock.minutes(T0, T0.plusSeconds(90))).isEqualByComparingTo("1.5");
    assertThat(OperationClock.minutes(T0, T0.plusMillis(1234))).isEqualByComparingTo("0.02");
  }
}
