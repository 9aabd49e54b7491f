package org.officina.scheduling.model;

import java.util.List;

/** The operations planners locked, kept until they are unlocked or their order leaves the floor. */
public interface OperationLocks {

  List<OperationLock> all();

  /**
   * Waits for any other change of locks to be committed and holds the others back until this
   * transaction ends: a lock is checked against every other lock, so two made at once must not both
   * pass the check.
   */
  void takeTurn();

  /**
   * Locks it there, in place of its lock if it had one; false when another lock of it was being
   * made at the same instant (the transaction can then only be rolled back).
   */
  boolean lock(OperationLock lock, String user);

  /** Unlocks it; false when it was not locked. */
  boolean unlock(String order, int seq);
}
