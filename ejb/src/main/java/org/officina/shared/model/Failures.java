package org.officina.shared.model;

/** What a failure comes down to, for a run's record: its root cause's type and message. */
public final class Failures {

  private Failures() {}

  public static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
