package org.officina.shared.batch;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * The nightly jobs' timers: a time of day in a system property (set by config/wildfly from the
 * environment's properties), or "off"; a value that is neither is logged and leaves the job off.
 */
public final class NightlyTimers {

  private NightlyTimers() {}

  /** Creates the daily timer the property asks for, if it asks for one. */
  public static void create(TimerService timers, String property, String job, Logger log) {
    String at = System.getProperty(property, "off").strip();
    if (at.equalsIgnoreCase("off") || at.isEmpty()) {
      return;
    }
    try {
      LocalTime time = LocalTime.parse(at);
      timers.createCalendarTimer(
          new ScheduleExpression().hour(time.getHour()).minute(time.getMinute()).second(0),
          new TimerConfig(job, false));
      log.info(() -> job + " every day at " + time);
    } catch (DateTimeParseException e) {
      log.warning(
          () -> property + " must be a time of day HH:MM or off, not " + at + ": no " + job);
    }
  }
}
