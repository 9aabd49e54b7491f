package org.officina.planning.model;

import java.time.LocalDate;

/**
 * MRP as docs/mrp-semantics.md states it: daily buckets from the planning start, items netted level
 * by level in low-level-code order, gross requirements from independent demand and from the
 * parents' planned and firm releases, netting with safety stock, lot sizing, lead times counted
 * back in working days of the item's calendar (past-due releases in bucket 0), the explosion of
 * each release into its components' requirements, pegging of every supply to what it covers, and
 * action messages. Plain Java: no container.
 */
public final class MrpEngine {

  /** Working days are compiled this far before the start beyond twice the longest lead time. */
  private static final int CALENDAR_MARGIN_DAYS = 31;

  private static final int PROGRESS_EVERY = 1000;

  private final MrpParameters parameters;

  /** A run that plans the days from start (bucket 0) up to, not including, start + horizon days. */
  public MrpEngine(LocalDate start, int horizonDays) {
    this(MrpParameters.of(start, horizonDays));
  }

  public MrpEngine(MrpParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Plans every item of the input.
   *
   * @throws BomCycleException if the bills hold a cycle: nothing is planned
   * @throws IllegalArgumentException if a demand, an order or a bill names an unknown item
   */
  public MrpResult plan(PlanningInput input) {
    return plan(input, MrpProgress.NONE);
  }

  /**
   * Plans every item of the input, telling progress every thousand items.
   *
   * @throws BomCycleException if the bills hold a cycle: nothing is planned
   * @throws IllegalArgumentException if a demand, an order or a bill names an unknown item
   * @throws MrpStoppedException if progress asked to stop
   */
  public MrpResult plan(PlanningInput input, MrpProgress progress) {
    int startDay = (int) parameters.start().toEpochDay();
    int longestLead =
        input.items.values().stream()
            .mapToInt(item -> item.leadTimeDays() == null ? 0 : item.leadTimeDays())
            .max()
            .orElse(0);
    longestLead = Math.max(longestLead, input.longestSupplierLead());
    PlanItems items =
        new PlanItems(
            input,
            startDay,
            startDay - 2 * longestLead - CALENDAR_MARGIN_DAYS,
            startDay + parameters.horizonDays());
    MrpRun run = new MrpRun(parameters, input, items);
    for (int item = 0; item < items.size(); item++) {
      if (item % PROGRESS_EVERY == 0) {
        progress.planned(item, items.size());
        if (progress.stopRequested()) {
          throw new MrpStoppedException(item, items.size());
        }
      }
      run.plan(item);
    }
    progress.planned(items.size(), items.size());
    return run.result();
  }
}
