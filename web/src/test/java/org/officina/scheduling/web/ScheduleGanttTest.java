package org.officina.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;

/** The Gantt's rows and bars as the timeline gets them, and a dropped bar's row read back. */
class ScheduleGanttTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private static GanttBar bar(String order, String center, int unit, String fixed, boolean late) {
    return new GanttBar(
        order,
        10,
        center,
        unit,
        Instant.parse("2027-01-04T07:00:00Z"),
        Instant.parse("2027-01-04T09:30:00Z"),
        30,
        fixed,
        late);
  }

  @Test
  void each_unit_of_a_work_center_is_a_row_and_a_row_id_gives_back_the_center_and_unit() {
    TimelineModel<GanttBar, String> model =
        ScheduleGantt.byWorkCenter(
            List.of(
                bar("PRD-2", "PRESS#7", 1, null, false), bar("PRD-1", "PRESS#7", 0, null, false)),
            ROME,
            true,
            GanttBar::order);

    assertThat(model.getGroups())
        .extracting(g -> g.getId())
        .containsExactly("PRESS#7#0", "PRESS#7#1");
    assertThat(model.getGroups().get(1).getData()).isEqualTo("PRESS#7 · 2");
    assertThat(ScheduleGantt.workCenterOf("PRESS#7#1")).isEqualTo("PRESS#7");
    assertThat(ScheduleGantt.unitOf("PRESS#7#1")).isEqualTo(1);
  }

  @Test
  void a_bar_shows_plant_time_its_order_s_colour_and_whether_it_is_late_locked_or_movable() {
    TimelineModel<GanttBar, String> model =
        ScheduleGantt.byWorkCenter(
            List.of(
                bar("PRD-1", "LATHE", 0, "LOCKED", true),
                bar("PRD-1", "LATHE", 1, "FROZEN", false)),
            ROME,
            true,
            b -> "tip " + b.order());

    TimelineEvent<GanttBar> locked = model.getEvents().get(0);
    TimelineEvent<GanttBar> started = model.getEvents().get(1);
    assertThat(locked.getStartDate()).isEqualTo(LocalDateTime.parse("2027-01-04T08:00"));
    assertThat(locked.getStyleClass()).contains("of-bar-late", "of-bar-locked");
    assertThat(colour(locked)).isEqualTo(colour(started));
    assertThat(locked.isEditable()).isTrue();
    assertThat(started.isEditable()).as("started: it stays where it began").isFalse();
    assertThat(locked.getTitle()).isEqualTo("tip PRD-1");
  }

  @Test
  void by_order_each_order_is_a_row_and_nothing_is_dragged() {
    TimelineModel<GanttBar, String> model =
        ScheduleGantt.byOrder(
            List.of(bar("PRD-2", "LATHE", 0, null, false), bar("PRD-1", "ASSY", 0, null, false)),
            ROME,
            GanttBar::order);

    assertThat(model.getGroups()).extracting(g -> g.getId()).containsExactly("PRD-1", "PRD-2");
    assertThat(model.getEvents()).allMatch(e -> !e.isEditable());
  }

  private static String colour(TimelineEvent<GanttBar> event) {
    return List.of(event.getStyleClass().split(" ")).stream()
        .filter(c -> c.matches("of-bar-\\d+"))
        .findFirst()
        .orElseThrow();
  }
}
