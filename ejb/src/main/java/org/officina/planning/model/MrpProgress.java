package org.officina.planning.model;

/** Told how far a run has got, and asked whether it should stop. */
public interface MrpProgress {

  /** Nothing to report, never stops. */
  MrpProgress NONE =
      new MrpProgress() {
        @Override
        public void planned(int items, int total) {}

        @Override
        public boolean stopRequested() {
          return false;
        }
      };

  /** Items planned so far, of all the run's items. */
  void planned(int items, int total);

  boolean stopRequested();
}
