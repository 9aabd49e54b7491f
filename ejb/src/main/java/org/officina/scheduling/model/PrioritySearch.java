package org.officina.scheduling.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A search that keeps the plant exact: it changes only the dispatcher's priorities and lets the
 * dispatcher and the builder do the rest, so every schedule it tries keeps every calendar, setup,
 * tool and lock as they really are. Each try boosts a few late orders (the later and heavier, the
 * likelier), or eases a few others to make room, or changes how far ahead urgency is seen; a try
 * that scores better becomes the new best and is proposed. The seed fixes the path it takes.
 */
public final class PrioritySearch implements Sequencer {

  @Override
  public boolean improve(Schedule incumbent, SolveLimits limits, Consumer<List<Step>> proposals) {
    SchedulingProblem problem = incumbent.problem();
    int jobs = problem.jobs().size();
    if (jobs < 2) {
      return false;
    }
    long deadline = System.nanoTime() + (long) (limits.seconds() * 1e9);
    SplittableRandom random = new SplittableRandom(limits.seed());
    double[] boost = new double[jobs];
    Arrays.fill(boost, 1);
    double lookahead = Dispatcher.LOOKAHEAD;
    Schedule best = Dispatcher.dispatch(problem, boost, lookahead);
    List<Integer> late = late(best);
    while (System.nanoTime() < deadline && !limits.stopRequested().getAsBoolean()) {
      double[] tried = boost.clone();
      double triedLookahead = lookahead;
      int move = random.nextInt(10);
      if (move < 7 && !late.isEmpty()) {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          tried[late.get(random.nextInt(late.size()))] *= 1.5 + random.nextDouble() * 1.5;
        }
      } else if (move < 9) {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          tried[random.nextInt(jobs)] *= 0.5 + random.nextDouble() * 0.4;
        }
      } else {
        triedLookahead = new double[] {0.5, 1, 2, 4, 8}[random.nextInt(5)];
      }
      Schedule schedule = Dispatcher.dispatch(problem, tried, triedLookahead);
      if (schedule.betterThan(best)) {
        best = schedule;
        boost = tried;
        lookahead = triedLookahead;
        late = late(best);
        proposals.accept(best.sequence());
      }
    }
    return false;
  }

  /** The late orders, each listed once per started tenth of the worst weighted tardiness. */
  private static List<Integer> late(Schedule schedule) {
    List<Integer> late = new ArrayList<>();
    long worst = 1;
    int jobs = schedule.problem().jobs().size();
    for (int job = 0; job < jobs; job++) {
      worst = Math.max(worst, weighted(schedule, job));
    }
    for (int job = 0; job < jobs; job++) {
      long weighted = weighted(schedule, job);
      for (long share = weighted * 10 / worst + (weighted > 0 ? 1 : 0); share > 0; share--) {
        late.add(job);
      }
    }
    return late;
  }

  private static long weighted(Schedule schedule, int job) {
    return schedule.tardiness(job) * Math.max(1, schedule.problem().jobs().get(job).weight());
  }
}
