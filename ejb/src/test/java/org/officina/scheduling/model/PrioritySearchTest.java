package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PrioritySearchTest {

  @Test
  void boosting_late_orders_finds_a_schedule_with_less_weighted_tardiness_than_the_rule() {
    SchedulingProblem plant = GeneratedPlants.plant(11, 60);
    Schedule dispatched = Dispatcher.dispatch(plant);
    AtomicBoolean found = new AtomicBoolean();
    List<Schedule> proposed = new ArrayList<>();

    new PrioritySearch()
        .improve(
            dispatched,
            new SolveLimits(60, 1, 1, found::get),
            order -> {
              proposed.add(ScheduleBuilder.build(plant, order));
              found.set(true);
            });

    assertThat(proposed).hasSize(1);
    Schedule better = proposed.get(0);
    ScheduleInvariants.check(better);
    assertThat(better.value(Objective.WEIGHTED_TARDINESS))
        .isLessThan(dispatched.value(Objective.WEIGHTED_TARDINESS));
  }

  @Test
  void the_same_seed_takes_the_same_path() {
    SchedulingProblem plant = GeneratedPlants.plant(11, 60);
    List<long[]> first = firstScores(plant, 3);
    List<long[]> second = firstScores(plant, 3);

    assertThat(second).usingRecursiveComparison().isEqualTo(first);
  }

  /** The scores of the search's first proposals. */
  private static List<long[]> firstScores(SchedulingProblem plant, int count) {
    List<long[]> scores = new ArrayList<>();
    new PrioritySearch()
        .improve(
            Dispatcher.dispatch(plant),
            new SolveLimits(120, 4, 1, () -> scores.size() >= count),
            order -> scores.add(ScheduleBuilder.build(plant, order).score()));
    return scores;
  }
}
