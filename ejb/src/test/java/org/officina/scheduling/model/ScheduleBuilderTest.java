package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.scheduling.model.Shop.build;
import static org.officina.scheduling.model.Shop.center;
import static org.officina.scheduling.model.Shop.fixed;
import static org.officina.scheduling.model.Shop.op;
import static org.officina.scheduling.model.Shop.order;
import static org.officina.scheduling.model.Shop.problem;
import static org.officina.scheduling.model.Shop.withTool;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleBuilderTest {

  @Test
  void a_work_center_with_two_units_runs_two_operations_at_once_and_queues_the_third() {
    SchedulingProblem problem =
        problem(
            List.of(center("LATHES", 2)),
            order("A", op(10, "LATHES", 60)),
            order("B", op(10, "LATHES", 60)),
            order("C", op(10, "LATHES", 60)));

    Schedule schedule = build(problem, new int[] {0, 0}, new int[] {1, 0}, new int[] {2, 0});

    assertThat(schedule.placement(0, 0))
        .extracting(Placement::unit, Placement::start)
        .containsExactly(0, 0L);
    assertThat(schedule.placement(1, 0))
        .extracting(Placement::unit, Placement::start)
        .containsExactly(1, 0L);
    assertThat(schedule.placement(2, 0).start()).isEqualTo(60);
    assertThat(schedule.placement(2, 0).cause())
        .isEqualTo(Cause.of(Cause.Kind.RESOURCE, "LATHES", 60));
  }

  @Test
  void the_changeover_matrix_sets_the_setup_and_a_family_run_twice_needs_none() {
    Resource press =
        new Resource(
            "PRESS",
            1,
            100,
            false,
            Availability.always(),
            null,
            Map.of("RED", Map.of("BLUE", 30L), "BLUE", Map.of("RED", 45L)));
    SchedulingProblem problem =
        problem(
            List.of(press),
            order("A", op(10, "PRESS", 10, 100, "RED")),
            order("B", op(10, "PRESS", 10, 100, "BLUE")),
            order("C", op(10, "PRESS", 10, 100, "RED")),
            order("D", op(10, "PRESS", 10, 100, "RED")));

    Schedule schedule =
        build(problem, new int[] {0, 0}, new int[] {1, 0}, new int[] {2, 0}, new int[] {3, 0});

    assertThat(schedule.placements())
        .extracting(Placement::setup)
        .containsExactly(10L, 30L, 45L, 0L);
    assertThat(schedule.placement(3, 0).start()).isEqualTo(10 + 100 + 30 + 100 + 45 + 100);
    assertThat(schedule.value(Objective.SETUP)).isEqualTo(85);
  }

  @Test
  void a_tool_shared_by_two_work_centers_is_held_by_one_operation_at_a_time() {
    SchedulingProblem problem =
        problem(
            List.of(center("MILL", 1), center("DRILL", 1)),
            Map.of("FIXTURE-7", 1),
            order("A", withTool(10, "MILL", 50, "FIXTURE-7")),
            order("B", withTool(10, "DRILL", 40, "FIXTURE-7")));

    Schedule schedule = build(problem, new int[] {0, 0}, new int[] {1, 0});

    assertThat(schedule.placement(1, 0).start()).isEqualTo(50);
    assertThat(schedule.placement(1, 0).cause())
        .isEqualTo(Cause.of(Cause.Kind.TOOL, "FIXTURE-7", 50));
  }

  @Test
  void the_next_operation_overlaps_as_much_of_the_run_as_allowed_but_never_ends_first() {
    Operation cut = new Operation(10, List.of("SAW"), 0, 100, null, Map.of(), 50, 0, 0, null);
    SchedulingProblem overlapping =
        problem(List.of(center("SAW", 1), center("MILL", 1)), order("A", cut, op(20, "MILL", 100)));
    SchedulingProblem shortNext =
        problem(List.of(center("SAW", 1), center("MILL", 1)), order("A", cut, op(20, "MILL", 20)));

    Schedule schedule = build(overlapping, new int[] {0, 0}, new int[] {0, 1});
    Schedule quick = build(shortNext, new int[] {0, 0}, new int[] {0, 1});

    assertThat(schedule.placement(0, 1))
        .extracting(Placement::start, Placement::end)
        .containsExactly(50L, 150L);
    assertThat(quick.placement(0, 1))
        .extracting(Placement::start, Placement::end)
        .containsExactly(80L, 100L);
  }

  @Test
  void queue_and_move_times_hold_the_next_operation_back() {
    Operation cut = new Operation(10, List.of("SAW"), 0, 100, null, Map.of(), 0, 0, 15, null);
    Operation mill = new Operation(20, List.of("MILL"), 0, 10, null, Map.of(), 0, 25, 0, null);
    SchedulingProblem problem =
        problem(List.of(center("SAW", 1), center("MILL", 1)), order("A", cut, mill));

    Schedule schedule = build(problem, new int[] {0, 0}, new int[] {0, 1});

    assertThat(schedule.placement(0, 1).start()).isEqualTo(140);
  }

  @Test
  void a_started_operation_goes_on_from_now_with_its_remaining_work_and_others_follow_it() {
    SchedulingProblem problem =
        problem(
            List.of(center("LATHE", 1)),
            order("A", fixed(10, "LATHE", 100, Operation.Fixed.Kind.FROZEN, -30, 40)),
            order("B", op(10, "LATHE", 20)));

    Schedule schedule = build(problem, new int[] {1, 0});

    assertThat(schedule.placement(0, 0))
        .extracting(Placement::start, Placement::end)
        .containsExactly(-30L, 40L);
    assertThat(schedule.placement(1, 0).start()).isEqualTo(40);
  }

  @Test
  void a_locked_operation_keeps_its_place_and_others_fit_around_it() {
    SchedulingProblem problem =
        problem(
            List.of(center("LATHE", 1)),
            order("A", fixed(10, "LATHE", 50, Operation.Fixed.Kind.LOCKED, 100, 0)),
            order("B", op(10, "LATHE", 60)),
            order("C", op(10, "LATHE", 60)));

    Schedule schedule = build(problem, new int[] {1, 0}, new int[] {2, 0});

    assertThat(schedule.placement(0, 0))
        .extracting(Placement::start, Placement::end)
        .containsExactly(100L, 150L);
    assertThat(schedule.placement(1, 0).start()).as("fits before the lock").isEqualTo(0);
    assertThat(schedule.placement(2, 0).start()).as("would overlap it: goes after").isEqualTo(150);
  }

  @Test
  void an_operation_goes_to_the_alternate_work_center_where_it_ends_first() {
    Operation either =
        new Operation(10, List.of("OLD", "NEW"), 0, 60, null, Map.of(), 0, 0, 0, null);
    SchedulingProblem problem =
        problem(
            List.of(center("OLD", 1), center("NEW", 1)),
            order("A", op(10, "OLD", 200)),
            order("B", either));

    Schedule schedule = build(problem, new int[] {0, 0}, new int[] {1, 0});

    assertThat(schedule.placement(1, 0))
        .extracting(Placement::workCenter, Placement::start)
        .containsExactly("NEW", 0L);
  }

  @Test
  void a_setup_is_not_split_over_a_closed_stretch_while_the_run_may_pause_over_it() {
    Availability shifts = Availability.of(0, 480, 1440, 1920);
    SchedulingProblem problem =
        problem(
            List.of(center("PRESS", shifts, "DAY")),
            order("A", op(10, "PRESS", 0, 400, null)),
            order("B", op(10, "PRESS", 120, 200, null)));

    Schedule schedule = build(problem, new int[] {0, 0}, new int[] {1, 0});

    Placement second = schedule.placement(1, 0);
    assertThat(second)
        .extracting(Placement::start, Placement::setupEnd, Placement::end)
        .containsExactly(1440L, 1560L, 1760L);
    assertThat(second.cause()).isEqualTo(Cause.of(Cause.Kind.CALENDAR, "DAY", 400));
  }

  @Test
  void an_operation_the_calendar_cannot_hold_is_unscheduled_and_says_which_calendar() {
    SchedulingProblem problem =
        problem(
            List.of(center("PRESS", Availability.of(0, 480), "SHORT")),
            order("A", op(10, "PRESS", 600), op(20, "PRESS", 10)));

    Schedule schedule = build(problem, new int[] {0, 0}, new int[] {0, 1});

    assertThat(schedule.unscheduled()).isEqualTo(2);
    assertThat(schedule.reason(0).kind()).isEqualTo(Cause.Kind.UNSCHEDULABLE);
    assertThat(schedule.reason(0).subject()).isEqualTo("SHORT");
  }

  @Test
  void two_operations_started_on_one_unit_keep_it_busy_until_both_are_done() {
    SchedulingProblem problem =
        problem(
            List.of(center("LATHE", 1)),
            order("A", fixed(10, "LATHE", 100, Operation.Fixed.Kind.FROZEN, -30, 100)),
            order("B", fixed(10, "LATHE", 100, Operation.Fixed.Kind.FROZEN, -10, 50)),
            order("C", op(10, "LATHE", 20)));

    Schedule schedule = build(problem, new int[] {2, 0});

    assertThat(schedule.placement(2, 0).start()).as("after the longer of the two").isEqualTo(100);
  }
}
