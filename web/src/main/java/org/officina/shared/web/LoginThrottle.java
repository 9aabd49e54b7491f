package org.officina.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long a login must wait after failed ones, for one kind of key (a user name, a client
 * address): the first failures are free (a typo), then each further attempt waits twice as long as
 * the one before, from a second up to a quarter of an hour, so that guessing a password takes years
 * while a person who mistyped waits seconds. A login that succeeds clears its key. At most {@link
 * #MOST_KEYS} keys are remembered, the least recently used forgotten first, so that an attack from
 * many addresses cannot fill the memory.
 */
public final class LoginThrottle {

  static final int MOST_KEYS = 10_000;
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

  private record Failures(int count, Instant last) {}

  private final int freeFailures;
  private final Clock clock;
  private final Map<String, Failures> failures =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > MOST_KEYS;
        }
      };

  public LoginThrottle(int freeFailures, Clock clock) {
    this.freeFailures = freeFailures;
    this.clock = clock;
  }

  /** How long the key must still wait before its next login is tried; empty when it need not. */
  public synchronized Optional<Duration> wait(String key) {
    Failures f = failures.get(key);
    if (f == null || f.count() < freeFailures) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), f.last().plus(delay(f.count())));
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  public synchronized void failed(String key) {
    Failures f = failures.get(key);
    failures.put(key, new Failures(f == null ? 1 : f.count() + 1, clock.instant()));
  }

  public synchronized void succeeded(String key) {
    failures.remove(key);
  }

  private Duration delay(int count) {
    int doublings = Math.min(count - freeFailures, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
  }
}
