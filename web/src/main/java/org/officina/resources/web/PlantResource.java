package org.officina.resources.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Department;
import org.officina.resources.model.Machine;
import org.officina.resources.model.Operator;
import org.officina.resources.model.Shift;
import org.officina.resources.model.Tool;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.web.ApiErrors;

/**
 * The plant's resources over REST, read-only (they change through the exchange format's import):
 * work centers, departments, machines, tools, operators, and calendars with their working-time
 * arithmetic.
 */
@Path("plant")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlantResource {

  @Inject PlantResourceService resources;

  /** A calendar as the API shows it: its shifts by day key, written HH:MM-HH:MM. */
  public record CalendarJson(
      String code, String description, String timeZone, Map<String, List<String>> days) {
    static CalendarJson of(CalendarDefinition c) {
      Map<String, List<String>> days =
          c.days().entrySet().stream()
              .collect(
                  Collectors.toMap(
                      Map.Entry::getKey,
                      e -> e.getValue().stream().map(Shift::text).toList(),
                      (a, b) -> a,
                      java.util.LinkedHashMap::new));
      return new CalendarJson(c.code(), c.description(), c.zone().getId(), days);
    }
  }

  /** Where working time added to an instant on a calendar ends. */
  public record WorkingTime(String calendar, Instant from, long minutes, Instant until) {}

  @GET
  @Path("work-centers")
  public List<WorkCenter> workCenters() {
    return resources.workCenters();
  }

  @GET
  @Path("work-centers/{code}")
  public WorkCenter workCenter(@PathParam("code") String code) {
    return resources.workCenters().stream()
        .filter(w -> w.code().equals(code))
        .findFirst()
        .orElseThrow(() -> notFound("work center " + code));
  }

  @GET
  @Path("departments")
  public List<Department> departments() {
    return resources.departments();
  }

  @GET
  @Path("machines")
  public List<Machine> machines() {
    return resources.machines();
  }

  @GET
  @Path("tools")
  public List<Tool> tools() {
    return resources.tools();
  }

  @GET
  @Path("operators")
  public List<Operator> operators() {
    return resources.operators();
  }

  @GET
  @Path("calendars")
  public List<CalendarJson> calendars() {
    return resources.calendars().stream().map(CalendarJson::of).toList();
  }

  @GET
  @Path("calendars/{code}")
  public CalendarJson calendar(@PathParam("code") String code) {
    return CalendarJson.of(definition(code));
  }

  /** A year of minutes: more work than any operation, and a bounded walk through the calendar. */
  private static final long MOST_MINUTES = 366L * 24 * 60;

  /** GET /plant/calendars/{code}/working-time?from=2027-01-04T10:00:00Z&amp;minutes=600 */
  @GET
  @Path("calendars/{code}/working-time")
  public WorkingTime workingTime(
      @PathParam("code") String code,
      @QueryParam("from") String from,
      @QueryParam("minutes") long minutes) {
    Instant start;
    try {
      start = Instant.parse(String.valueOf(from));
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          ApiErrors.problem(
              Response.Status.BAD_REQUEST, "from must be an instant such as 2027-01-04T10:00:00Z"));
    }
    ApiErrors.bounded("minutes", minutes, -MOST_MINUTES, MOST_MINUTES);
    Duration work = Duration.ofMinutes(Math.abs(minutes));
    var calendar = definition(code).toWorkingCalendar();
    Instant until =
        minutes >= 0
            ? calendar.addWorkingTime(start, work)
            : calendar.subtractWorkingTime(start, work);
    return new WorkingTime(code, start, minutes, until);
  }

  private CalendarDefinition definition(String code) {
    return resources.calendars().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow(() -> notFound("calendar " + code));
  }

  private static NotFoundException notFound(String what) {
    return new NotFoundException(ApiErrors.problem(Response.Status.NOT_FOUND, "no " + what));
  }
}
