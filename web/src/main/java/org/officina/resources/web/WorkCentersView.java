package org.officina.resources.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Machine;
import org.officina.resources.model.WorkCenter;
import org.officina.resources.model.WorkingCalendar;
import org.officina.resources.model.WorkingInterval;
import org.officina.shared.web.Messages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The work centers page: every work center with its department, capacity and calendar; choosing one
 * shows its calendar's shifts week by week, holidays and extra shifts included.
 */
@Named
@ViewScoped
public class WorkCentersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PlantResourceService resources;
  private List<WorkCenter> workCenters;
  private Map<String, CalendarDefinition> calendars;
  private Map<String, List<Machine>> machines;
  private WorkCenter selected;
  private final ScheduleModel schedule = new Shifts();

  public List<WorkCenter> getWorkCenters() {
    if (workCenters == null) {
      workCenters = resources.workCenters();
      calendars =
          resources.calendars().stream()
              .collect(Collectors.toMap(CalendarDefinition::code, Function.identity()));
      machines = resources.machines().stream().collect(Collectors.groupingBy(Machine::workCenter));
      selected = workCenters.isEmpty() ? null : workCenters.get(0);
    }
    return workCenters;
  }

  public String machinesOf(WorkCenter center) {
    return machines.getOrDefault(center.code(), List.of()).stream()
        .map(Machine::code)
        .collect(Collectors.joining(", "));
  }

  public WorkCenter getSelected() {
    return selected;
  }

  public void setSelected(WorkCenter selected) {
    this.selected = selected;
  }

  public String getCalendarTitle() {
    if (selected == null || selected.calendar() == null) {
      return Messages.text("workCenters.allDays");
    }
    CalendarDefinition calendar = calendars.get(selected.calendar());
    return calendar.code() + " · " + calendar.description() + " · " + calendar.zone();
  }

  public ScheduleModel getSchedule() {
    return schedule;
  }

  /** Shifts are shown in the calendar's own zone, as the plant reads them. */
  private ZoneId zone() {
    if (selected == null || selected.calendar() == null) {
      return ZoneId.of("UTC");
    }
    return calendars.get(selected.calendar()).zone();
  }

  private WorkingCalendar calendar() {
    if (selected == null || selected.calendar() == null) {
      return WorkingCalendar.everyDay(zone());
    }
    return calendars.get(selected.calendar()).toWorkingCalendar();
  }

  /**
   * The shifts of the chosen work center's calendar in the days the schedule shows, at the
   * calendar's wall-clock times (the schedule shows them as given: server and client zone are both
   * UTC).
   */
  private final class Shifts extends LazyScheduleModel {
    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      if (selected == null) {
        return;
      }
      WorkingCalendar calendar = calendar();
      ZoneId zone = zone();
      for (LocalDate day = start.toLocalDate();
          day.isBefore(end.toLocalDate());
          day = day.plusDays(1)) {
        List<WorkingInterval> intervals = calendar.intervalsOn(day);
        if (intervals.isEmpty()) {
          addEvent(
              DefaultScheduleEvent.builder()
                  .title(Messages.text("workCenters.closed"))
                  .startDate(day.atStartOfDay())
                  .endDate(day.plusDays(1).atStartOfDay())
                  .allDay(true)
                  .styleClass("of-closed")
                  .build());
        }
        for (WorkingInterval interval : intervals) {
          LocalDateTime from = LocalDateTime.ofInstant(interval.start(), zone);
          LocalDateTime to = LocalDateTime.ofInstant(interval.end(), zone);
          addEvent(
              DefaultScheduleEvent.builder()
                  .title(from.toLocalTime() + "-" + to.toLocalTime())
                  .startDate(from)
                  .endDate(to)
                  .editable(false)
                  .styleClass("of-shift")
                  .build());
        }
      }
    }
  }
}
