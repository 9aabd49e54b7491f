package org.officina.scheduling.model;

/**
 * What set an operation's start, or what holds an order back: the thing a planner has to act on. An
 * operation that waits for the one before it points back along its order; the others name a work
 * center whose units are busy, a tool in use elsewhere, a calendar that is closed (or ends), the
 * material the order waits for and when it arrives, a planner's lock, or nothing at all: the
 * order's work simply takes longer than the time left.
 */
public record Cause(Kind kind, String subject, long at) {

  public enum Kind {
    /** Nothing held it: it starts now, and the order's own work makes it late if it is. */
    WORK,
    /** The operation before it in the order. */
    PRECEDENCE,
    /** Every unit of the work center is busy: a bottleneck. */
    RESOURCE,
    /** The tool is held by other operations. */
    TOOL,
    /** The work center's calendar is closed (or has no time left in the horizon). */
    CALENDAR,
    /** The order's material arrives only then. */
    MATERIAL,
    /** A planner locked the operation, or it has started. */
    FIXED,
    /** It cannot be placed within the horizon at all. */
    UNSCHEDULABLE
  }

  public static final Cause WORK = new Cause(Kind.WORK, null, 0);

  public static Cause of(Kind kind, String subject, long at) {
    return new Cause(kind, subject, at);
  }
}
