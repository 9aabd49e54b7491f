package org.officina.scheduling.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

/**
 * The Gantt of a schedule as PrimeFaces' timeline takes it: by work center, a row per unit (the
 * row's id is the center and the unit, which a drop reads back), or by order, a row per order; a
 * bar per operation coloured by its order (one of twelve colours, the same for an order on every
 * row), marked when its order is late and when it is locked or started.
 */
final class ScheduleGantt {

  /** How many colours orders take turns with (classes of-bar-0 to of-bar-11 in officina.css). */
  private static final int COLOURS = 12;

  private static final String UNIT = "#";

  private ScheduleGantt() {}

  static TimelineModel<GanttBar, String> byWorkCenter(
      Collection<GanttBar> bars, ZoneId zone, boolean editable, Function<GanttBar, String> label) {
    TimelineModel<GanttBar, String> model = new TimelineModel<>();
    Set<String> rows = new LinkedHashSet<>();
    bars.stream()
        .sorted(java.util.Comparator.comparing(GanttBar::workCenter).thenComparing(GanttBar::unit))
        .forEach(bar -> rows.add(row(bar.workCenter(), bar.unit())));
    rows.forEach(row -> model.addGroup(new TimelineGroup<>(row, caption(row))));
    bars.forEach(
        bar -> model.add(event(bar, row(bar.workCenter(), bar.unit()), zone, editable, label)));
    return model;
  }

  static TimelineModel<GanttBar, String> byOrder(
      Collection<GanttBar> bars, ZoneId zone, Function<GanttBar, String> label) {
    TimelineModel<GanttBar, String> model = new TimelineModel<>();
    bars.stream()
        .map(GanttBar::order)
        .distinct()
        .sorted()
        .forEach(order -> model.addGroup(new TimelineGroup<>(order, order)));
    bars.forEach(bar -> model.add(event(bar, bar.order(), zone, false, label)));
    return model;
  }

  /** The row id of a unit of a work center. */
  static String row(String workCenter, int unit) {
    return workCenter + UNIT + unit;
  }

  /** Whether an id names a unit's row (a work center and a unit number). */
  static boolean isRow(String id) {
    int at = id.lastIndexOf(UNIT);
    return at > 0 && id.substring(at + 1).matches("\\d{1,4}");
  }

  /** The work center of a row id. */
  static String workCenterOf(String row) {
    return row.substring(0, row.lastIndexOf(UNIT));
  }

  /** The unit (from 0) of a row id. */
  static int unitOf(String row) {
    return Integer.parseInt(row.substring(row.lastIndexOf(UNIT) + 1));
  }

  /** A unit as people count them, from 1: "LATHE · 2". */
  private static String caption(String row) {
    return workCenterOf(row) + " · " + (unitOf(row) + 1);
  }

  private static TimelineEvent<GanttBar> event(
      GanttBar bar, String group, ZoneId zone, boolean editable, Function<GanttBar, String> label) {
    StringBuilder style = new StringBuilder("of-bar of-bar-");
    style.append(Math.floorMod(bar.order().hashCode(), COLOURS));
    if (bar.late()) {
      style.append(" of-bar-late");
    }
    if (bar.fixed() != null) {
      style.append(" of-bar-").append(bar.fixed().toLowerCase(Locale.ROOT));
    }
    boolean movable = editable && bar.movable();
    return TimelineEvent.<GanttBar>builder()
        .id(bar.order() + "/" + bar.seq())
        .data(bar)
        .group(group)
        .startDate(LocalDateTime.ofInstant(bar.start(), zone))
        .endDate(LocalDateTime.ofInstant(bar.end(), zone))
        .styleClass(style.toString())
        .title(label.apply(bar))
        .editable(movable)
        .editableTime(movable)
        .editableGroup(movable)
        .editableRemove(false)
        .build();
  }

  /** A moment on the plant's clock, short, for a bar's tooltip. */
  static String clock(Instant instant, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(instant);
  }
}
