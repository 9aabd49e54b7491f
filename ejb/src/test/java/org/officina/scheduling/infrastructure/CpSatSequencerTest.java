package org.officina.scheduling.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.officina.scheduling.model.Dispatcher;
import org.officina.scheduling.model.GeneratedPlants;
import org.officina.scheduling.model.Job;
import org.officina.scheduling.model.Objective;
import org.officina.scheduling.model.Operation;
import org.officina.scheduling.model.PrioritySearch;
import org.officina.scheduling.model.Resource;
import org.officina.scheduling.model.Schedule;
import org.officina.scheduling.model.ScheduleInvariants;
import org.officina.scheduling.model.Scheduler;
import org.officina.scheduling.model.SchedulingProblem;
import org.officina.scheduling.model.SolveLimits;
import org.officina.scheduling.model.Step;

class CpSatSequencerTest {

  /** Fisher and Thompson's 6x6 instance (OR-Library ft06); its optimal makespan is 55. */
  private static final int[][] FT06 = {
    {2, 1, 0, 3, 1, 6, 3, 7, 5, 3, 4, 6},
    {1, 8, 2, 5, 4, 10, 5, 10, 0, 10, 3, 4},
    {2, 5, 3, 4, 5, 8, 0, 9, 1, 1, 4, 7},
    {1, 5, 0, 5, 2, 5, 3, 3, 4, 8, 5, 9},
    {2, 9, 1, 3, 4, 5, 5, 4, 0, 3, 3, 1},
    {1, 3, 3, 3, 5, 9, 0, 10, 4, 4, 2, 1}
  };

  private static SchedulingProblem ft06() {
    List<Resource> machines = new ArrayList<>();
    for (int m = 0; m < 6; m++) {
      machines.add(Resource.machine("M" + m));
    }
    List<Job> jobs = new ArrayList<>();
    for (int job = 0; job < FT06.length; job++) {
      List<Operation> operations = new ArrayList<>();
      for (int op = 0; op < 6; op++) {
        operations.add(Operation.plain(op, "M" + FT06[job][2 * op], FT06[job][2 * op + 1]));
      }
      jobs.add(Job.plain("J" + job, operations));
    }
    return new SchedulingProblem(machines, Map.of(), jobs, List.of(Objective.MAKESPAN));
  }

  @Test
  void the_engine_finds_the_optimal_makespan_of_ft06_and_reports_each_improvement() {
    List<Scheduler.Progress> progress = new ArrayList<>();

    Schedule schedule =
        new Scheduler(List.of(new CpSatSequencer()), Runnable::run)
            .schedule(ft06(), SolveLimits.of(10, 1), progress::add);

    assertThat(schedule.value(Objective.MAKESPAN)).isEqualTo(55);
    assertThat(progress.get(0).by()).isEqualTo("dispatch");
    assertThat(progress.get(0).score()[1]).isGreaterThan(55);
    assertThat(progress).last().extracting(p -> p.score()[1]).isEqualTo(55L);
    ScheduleInvariants.check(schedule);
  }

  @Test
  @Timeout(120)
  void a_proven_optimum_stops_the_other_searches_of_the_run_long_before_the_limit() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Schedule schedule =
          new Scheduler(List.of(new CpSatSequencer(), new PrioritySearch()), pool)
              .schedule(ft06(), SolveLimits.of(3600, 1), p -> {});

      assertThat(schedule.value(Objective.MAKESPAN)).isEqualTo(55);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_same_seed_gives_the_same_schedule() {
    SchedulingProblem plant = GeneratedPlants.plant(7, 40);

    Schedule first =
        new Scheduler(List.of(new CpSatSequencer()), Runnable::run)
            .schedule(plant, SolveLimits.of(1, 3), p -> {});
    Schedule second =
        new Scheduler(List.of(new CpSatSequencer()), Runnable::run)
            .schedule(plant, SolveLimits.of(1, 3), p -> {});

    assertThat(second.placements()).isEqualTo(first.placements());
  }

  @Test
  void the_search_keeps_every_rule_of_a_plant_and_never_does_worse_than_the_dispatcher() {
    for (long seed = 1; seed <= 5; seed++) {
      SchedulingProblem plant = GeneratedPlants.plant(seed, 40);

      Schedule improved =
          new Scheduler(List.of(new CpSatSequencer()), Runnable::run)
              .schedule(plant, SolveLimits.of(1, 1), p -> {});

      ScheduleInvariants.check(improved);
      assertThat(
              improved.betterThan(Dispatcher.dispatch(plant))
                  || java.util.Arrays.equals(improved.score(), Dispatcher.dispatch(plant).score()))
          .isTrue();
    }
  }

  @Test
  void an_order_overdue_already_keeps_the_model_feasible_and_proves_nothing_it_cannot() {
    SchedulingProblem problem =
        new SchedulingProblem(
            List.of(Resource.machine("M")),
            Map.of(),
            List.of(
                new Job("A", 1, -15, 0, null, List.of(Operation.plain(10, "M", 10))),
                new Job("B", 9, 10, 0, null, List.of(Operation.plain(10, "M", 10)))),
            List.of(Objective.WEIGHTED_TARDINESS, Objective.MAKESPAN));
    List<List<Step>> proposals = new ArrayList<>();

    boolean proven =
        new CpSatSequencer()
            .improve(Dispatcher.dispatch(problem), SolveLimits.of(10, 1), proposals::add);

    assertThat(proven).as("tardiness decides: the horizon may hide better").isFalse();
    assertThat(proposals).isNotEmpty();
    Schedule best =
        new Scheduler(List.of(new CpSatSequencer()), Runnable::run)
            .schedule(problem, SolveLimits.of(10, 1), p -> {});
    assertThat(best.value(Objective.WEIGHTED_TARDINESS)).as("B first, A 35 late").isEqualTo(35);
  }
}
