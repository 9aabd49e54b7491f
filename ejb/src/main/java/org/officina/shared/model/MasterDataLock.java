package org.officina.shared.model;

/**
 * Serialises the changes of product structure (bills, routings, dataset imports) until their
 * transaction ends. Each change checks the whole structure (a cycle may close through any bill), so
 * two checks side by side could each pass and together commit a cycle; holding this lock makes them
 * take turns. Reads do not wait.
 */
public interface MasterDataLock {

  /** Waits for the lock and holds it until the current transaction ends. */
  void acquire();
}
