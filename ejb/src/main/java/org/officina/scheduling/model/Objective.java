package org.officina.scheduling.model;

/**
 * What a schedule minimises, in the order a run lists them: the first decides, the next breaks its
 * ties. Whatever the order, a schedule that places more operations is better.
 */
public enum Objective {
  /** Lateness of each order past its due date, times its weight (from its priority). */
  WEIGHTED_TARDINESS,
  /** Minutes spent on setups, so that families are run together. */
  SETUP,
  /** When the last operation ends. */
  MAKESPAN,
  /** How long the orders stay on the floor, from their material to their end, summed. */
  FLOW_TIME
}
