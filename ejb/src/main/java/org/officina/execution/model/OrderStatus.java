package org.officina.execution.model;

/**
 * Where a production order is in its life: planned (only on paper, everything may change), released
 * (lanciato: its sequence, materials and documents are on the floor), in progress (esecutivo: the
 * floor has declared work), completed (no more work is expected), closed (its costs are final), or
 * cancelled.
 */
public enum OrderStatus {
  PLANNED,
  RELEASED,
  IN_PROGRESS,
  COMPLETED,
  CLOSED,
  CANCELLED;

  /** Whether the floor may declare work on an order in this state. */
  public boolean acceptsWork() {
    return this == RELEASED || this == IN_PROGRESS;
  }

  /** Whether MRP counts the order's open quantity as supply. */
  public boolean open() {
    return this == PLANNED || this == RELEASED || this == IN_PROGRESS;
  }
}
