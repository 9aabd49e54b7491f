package org.officina.scheduling.infrastructure;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.officina.scheduling.model.Schedule;
import org.officina.scheduling.model.Sequencer;
import org.officina.scheduling.model.SolveLimits;
import org.officina.scheduling.model.Step;

/**
 * Searches for better sequences with OR-Tools CP-SAT. Each operation is an interval of the length
 * it took in the incumbent (its calendar breaks and setup included), on its work center's units (no
 * overlap for one unit, cumulative for several, none for an external resource) and holding its
 * tools; orders keep their operations' order, overlap and lags, their material date, and fixed
 * operations stay where they are. The objectives weigh in as the run orders them. The model is
 * therefore exact for the classic job shop and an approximation on a plant, which is why it only
 * proposes sequences: every solution it finds is handed over, start order first, for the builder to
 * place exactly.
 */
public final class CpSatSequencer implements Sequencer {

  private static volatile boolean loaded;

  @Override
  public boolean improve(Schedule incumbent, SolveLimits limits, Consumer<List<Step>> proposals) {
    loadNativeLibraries();
    SequencingModel sequencing = new SequencingModel(incumbent);
    CpModel model = sequencing.model();
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(limits.seconds());
    solver.getParameters().setRandomSeed(limits.seed());
    solver.getParameters().setNumWorkers(limits.workers());
    // nothing may leave the callback by an exception: it would cross the native solver and abort
    // the whole JVM; it is kept, the search stopped, and thrown again once the solver is back
    Throwable[] failure = new Throwable[1];
    CpSolverStatus status =
        solver.solve(
            model,
            new CpSolverSolutionCallback() {
              @Override
              public void onSolutionCallback() {
                try {
                  if (limits.stopRequested().getAsBoolean()) {
                    stopSearch();
                    return;
                  }
                  proposals.accept(order(sequencing, this));
                } catch (Throwable t) {
                  failure[0] = t;
                  stopSearch();
                }
              }
            });
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] != null) {
      throw new IllegalStateException("a CP-SAT solution could not be taken", failure[0]);
    }
    // the model is exact only when nothing in the plant bends the lengths it was given
    return status == CpSolverStatus.OPTIMAL && sequencing.exact();
  }

  /** The modelled operations in the order of their starts, on their units, then those left out. */
  private static List<Step> order(SequencingModel sequencing, CpSolverSolutionCallback solution) {
    List<long[]> starts = new ArrayList<>();
    List<int[]> operations = sequencing.operations();
    for (int i = 0; i < operations.size(); i++) {
      int[] operation = operations.get(i);
      starts.add(
          new long[] {solution.value(sequencing.starts().get(i)), operation[0], operation[1], i});
    }
    starts.sort(
        Comparator.<long[]>comparingLong(start -> start[0])
            .thenComparingLong(start -> start[1])
            .thenComparingLong(start -> start[2]));
    List<Step> order = new ArrayList<>(starts.size() + sequencing.leftOut().size());
    for (long[] start : starts) {
      SequencingModel.Choice unit = chosen(sequencing.choices().get((int) start[3]), solution);
      order.add(new Step((int) start[1], (int) start[2], unit.workCenter(), unit.unit()));
    }
    order.addAll(sequencing.leftOut());
    return order;
  }

  private static SequencingModel.Choice chosen(
      List<SequencingModel.Choice> choices, CpSolverSolutionCallback solution) {
    for (SequencingModel.Choice choice : choices) {
      if (choice.present() == null || solution.booleanValue(choice.present())) {
        return choice;
      }
    }
    throw new IllegalStateException("a solution left an operation on no unit");
  }

  /** Once per class loader: the native solver comes from the jar (or the server's module). */
  static synchronized void loadNativeLibraries() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }
}
