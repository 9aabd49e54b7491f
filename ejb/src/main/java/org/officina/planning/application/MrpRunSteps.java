package org.officina.planning.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.officina.planning.model.MrpEngine;
import org.officina.planning.model.MrpMode;
import org.officina.planning.model.MrpProgress;
import org.officina.planning.model.MrpResult;
import org.officina.planning.model.MrpResults;
import org.officina.planning.model.MrpRunOutcome;
import org.officina.planning.model.MrpRunRecord;
import org.officina.planning.model.MrpRunStatus;
import org.officina.planning.model.MrpRuns;
import org.officina.planning.model.NetChangeScope;
import org.officina.planning.model.NetChangeSnapshots;
import org.officina.planning.model.NetChanges;
import org.officina.planning.model.PendingChanges;
import org.officina.planning.model.PlanningSnapshot;
import org.officina.planning.model.PlanningSnapshots;
import org.officina.resources.application.PlantResourceService;

/**
 * The transactions of a run. The plan and its results are one transaction: a run that fails, is
 * stopped or dies with the server leaves nothing behind but its state, and running it again gives
 * the same result once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MrpRunSteps {

  private static final Logger LOG = Logger.getLogger(MrpRunSteps.class.getName());

  @Inject MrpRuns runs;
  @Inject PlanningSnapshots snapshots;
  @Inject NetChangeSnapshots changedSnapshots;
  @Inject NetChanges netChanges;
  @Inject MrpResults results;
  @Inject PlantResourceService plant;
  @Inject MrpRunProgress progress;

  public MrpRunRecord begin(long run, long execution) {
    runs.running(run, execution);
    return runs.find(run).orElseThrow();
  }

  /**
   * Loads, plans and writes the run, then lets the plant go: all or nothing. A run of the live plan
   * consumes the planning file's entries it found. A net-change run re-plans what they name in the
   * live plan's rows; it regenerates when they say calendars or structure changed.
   */
  public void planAndWrite(MrpRunRecord run, MrpProgress reporter) {
    String plant = run.request().plant();
    PendingChanges changes = run.request().simulation() ? null : netChanges.pending(plant);
    Optional<MrpRunRecord> live =
        run.request().mode() == MrpMode.NET_CHANGE && changes != null && !changes.everything()
            ? runs.livePlan(plant)
            : Optional.empty();
    MrpRunOutcome outcome =
        live.isPresent()
            ? amend(run, live.get().planRows(), changes, reporter)
            : regenerate(run, reporter);
    if (changes != null) {
      netChanges.consume(changes);
    }
    runs.completed(run.id(), outcome);
    runs.release(plant, run.id(), !run.request().simulation());
    LOG.info(
        () ->
            String.format(
                "MRP run %d (%s, %s, plan in the rows of run %d): %d items, %d planned orders,"
                    + " %d links, %d messages; load %d ms, plan %d ms, write %d ms",
                run.id(),
                plant,
                run.request().mode(),
                outcome.planRun(),
                outcome.itemsTotal(),
                outcome.plannedOrders(),
                outcome.peggingLinks(),
                outcome.messages(),
                outcome.loadMillis(),
                outcome.planMillis(),
                outcome.writeMillis()));
  }

  private MrpRunOutcome regenerate(MrpRunRecord run, MrpProgress reporter) {
    long t0 = System.nanoTime();
    PlanningSnapshot snapshot = snapshots.load(run.request().plant(), plant.calendars());
    long t1 = System.nanoTime();
    MrpResult result = new MrpEngine(run.request().parameters()).plan(snapshot.input(), reporter);
    long t2 = System.nanoTime();
    results.replace(run.id(), result, snapshot);
    long t3 = System.nanoTime();
    return outcome(run.id(), result, t0, t1, t2, t3);
  }

  /** Re-plans the changed items and everything below them in the live plan's rows. */
  private MrpRunOutcome amend(
      MrpRunRecord run, long planRun, PendingChanges changes, MrpProgress reporter) {
    long t0 = System.nanoTime();
    NetChangeScope scope = changedSnapshots.scope(changes.items());
    PlanningSnapshot snapshot =
        changedSnapshots.load(run.request().plant(), plant.calendars(), scope, planRun);
    long t1 = System.nanoTime();
    MrpResult result = new MrpEngine(run.request().parameters()).plan(snapshot.input(), reporter);
    long t2 = System.nanoTime();
    results.amend(planRun, result, snapshot);
    long t3 = System.nanoTime();
    return outcome(planRun, result, t0, t1, t2, t3);
  }

  private static MrpRunOutcome outcome(
      long planRun, MrpResult result, long t0, long t1, long t2, long t3) {
    return new MrpRunOutcome(
        planRun,
        result.plannedItemCount(),
        result.plannedOrderCount(),
        result.linkCount(),
        result.messageCount(),
        result.beyondHorizon(),
        millis(t1 - t0),
        millis(t2 - t1),
        millis(t3 - t2));
  }

  /** Ends a run without a result and lets the plant go. */
  public void end(MrpRunRecord run, MrpRunStatus status, String failure) {
    runs.ended(run.id(), status, failure);
    runs.release(run.request().plant(), run.id(), false);
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }
}
