package org.officina.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    Instant now = Instant.parse("2027-01-04T06:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    void pass(Duration time) {
      now = now.plus(time);
    }
  }

  private final HandClock clock = new HandClock();
  private final LoginThrottle throttle = new LoginThrottle(5, clock);

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed("planner");
    }
  }

  @Test
  void the_first_five_failures_cost_nothing() {
    fail(4);

    assertThat(throttle.wait("planner")).isEmpty();
  }

  @Test
  void from_the_fifth_failure_each_attempt_waits_twice_as_long_as_the_last() {
    fail(5);
    assertThat(throttle.wait("planner")).contains(Duration.ofSeconds(1));
    fail(1);
    assertThat(throttle.wait("planner")).contains(Duration.ofSeconds(2));
    fail(1);
    assertThat(throttle.wait("planner")).contains(Duration.ofSeconds(4));
    clock.pass(Duration.ofSeconds(3));
    assertThat(throttle.wait("planner")).contains(Duration.ofSeconds(1));
    clock.pass(Duration.ofSeconds(1));
    assertThat(throttle.wait("planner")).isEmpty();
  }

  @Test
  void the_wait_never_grows_beyond_a_quarter_of_an_hour() {
    fail(60);

    assertThat(throttle.wait("planner")).contains(LoginThrottle.LONGEST_WAIT);
  }

  @Test
  void a_login_that_succeeds_clears_its_key_and_no_other() {
    fail(6);
    throttle.failed("operator");

    throttle.succeeded("planner");

    assertThat(throttle.wait("planner")).isEmpty();
    fail(4);
    assertThat(throttle.wait("planner")).isEmpty();
  }

  @Test
  void only_the_most_recent_keys_are_remembered() {
    fail(10);
    for (int i = 0; i < LoginThrottle.MOST_KEYS; i++) {
      throttle.failed("10.0.0." + i);
    }

    assertThat(throttle.wait("planner")).isEmpty();
  }
}
