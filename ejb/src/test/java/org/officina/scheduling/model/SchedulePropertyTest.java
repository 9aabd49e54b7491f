package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchedulePropertyTest {

  @Test
  void the_dispatcher_keeps_every_rule_on_generated_plants() {
    for (long seed = 1; seed <= 60; seed++) {
      SchedulingProblem problem = GeneratedPlants.plant(seed, 25);
      Schedule schedule = Dispatcher.dispatch(problem);
      ScheduleInvariants.check(schedule);
      assertThat(schedule.placements()).hasSize(problem.operationCount());
    }
  }

  @Test
  void any_order_of_placement_a_solver_proposes_is_built_into_a_schedule_that_keeps_every_rule() {
    for (long seed = 1; seed <= 60; seed++) {
      SchedulingProblem problem = GeneratedPlants.plant(seed, 25);
      Schedule schedule = ScheduleBuilder.build(problem, randomOrder(problem, new Random(seed)));
      ScheduleInvariants.check(schedule);
    }
  }

  @Test
  void a_job_shop_schedule_built_again_from_its_own_sequence_comes_out_the_same() {
    for (long seed = 1; seed <= 20; seed++) {
      Schedule schedule = Dispatcher.dispatch(jobShop(new Random(seed), 8, 5));
      Schedule again = ScheduleBuilder.build(schedule.problem(), schedule.sequence());
      assertThat(again.placements()).isEqualTo(schedule.placements());
    }
  }

  /** A classic job shop: each job visits every machine once, in a random order. */
  private static SchedulingProblem jobShop(Random random, int jobs, int machines) {
    List<Resource> resources = new ArrayList<>();
    for (int m = 0; m < machines; m++) {
      resources.add(Resource.machine("M" + m));
    }
    List<Job> orders = new ArrayList<>();
    for (int job = 0; job < jobs; job++) {
      List<Integer> route = new ArrayList<>();
      for (int m = 0; m < machines; m++) {
        route.add(m);
      }
      Collections.shuffle(route, random);
      List<Operation> operations = new ArrayList<>();
      for (int m : route) {
        operations.add(Operation.plain(operations.size(), "M" + m, 1 + random.nextInt(99)));
      }
      orders.add(Job.plain("J" + job, operations));
    }
    return new SchedulingProblem(resources, Map.of(), orders, List.of(Objective.MAKESPAN));
  }

  /** The operations in a random order that keeps each order's own. */
  private static List<Step> randomOrder(SchedulingProblem problem, Random random) {
    int[] next = new int[problem.jobs().size()];
    List<Integer> open = new ArrayList<>();
    for (int job = 0; job < next.length; job++) {
      if (!problem.jobs().get(job).operations().isEmpty()) {
        open.add(job);
      }
    }
    List<Step> order = new ArrayList<>();
    while (!open.isEmpty()) {
      int pick = random.nextInt(open.size());
      int job = open.get(pick);
      order.add(Step.of(job, next[job]++));
      if (next[job] == problem.jobs().get(job).operations().size()) {
        open.remove(pick);
      }
    }
    return order;
  }
}
