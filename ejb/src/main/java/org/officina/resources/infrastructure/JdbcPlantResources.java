package org.officina.resources.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.officina.resources.model.CalendarDefinition;
import org.officina.resources.model.Changeover;
import org.officina.resources.model.Department;
import org.officina.resources.model.Machine;
import org.officina.resources.model.Operator;
import org.officina.resources.model.PlantResources;
import org.officina.resources.model.Shift;
import org.officina.resources.model.Tool;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.infrastructure.Jdbc;
import org.officina.shared.infrastructure.SqlColumns;

/** Plants, departments, work centers, machines, tools, operators and calendars in the database. */
@Dependent
public class JdbcPlantResources implements PlantResources {

  @PersistenceContext EntityManager em;

  @Override
  public List<String> plants() {
    return Jdbc.of(em).query("SELECT code FROM plant ORDER BY code", rs -> rs.getString(1));
  }

  @Override
  public void saveCalendars(Collection<CalendarDefinition> calendars) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.upsertByCode(
        "calendar",
        List.of("description", "time_zone"),
        calendars,
        CalendarDefinition::code,
        (p, c) -> p.text(c.description()).text(c.zone().getId()));
    jdbc.batch(
        "DELETE FROM calendar_day WHERE calendar_code = ?", calendars, (p, c) -> p.text(c.code()));
    List<String[]> days = new ArrayList<>();
    for (CalendarDefinition calendar : calendars) {
      calendar
          .days()
          .forEach(
              (day, shifts) ->
                  days.add(
                      new String[] {
                        calendar.code(),
                        day,
                        String.join(";", shifts.stream().map(Shift::text).toList())
                      }));
    }
    jdbc.batch(
        "INSERT INTO calendar_day (calendar_code, day_key, shifts) VALUES (?, ?, ?)",
        days,
        (p, d) -> p.text(d[0]).text(d[1]).text(d[2]));
  }

  @Override
  public List<CalendarDefinition> calendars() {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, Map<String, List<Shift>>> days = new HashMap<>();
    jdbc.query(
        "SELECT calendar_code, day_key, shifts FROM calendar_day",
        rs -> {
          String shifts = SqlColumns.text(rs, "shifts");
          return days.computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>())
              .put(
                  rs.getString(2),
                  shifts.isEmpty()
                      ? List.of()
                      : Arrays.stream(shifts.split(";")).map(Shift::parse).toList());
        });
    return jdbc.query(
        "SELECT code, description, time_zone FROM calendar ORDER BY code",
        rs ->
            new CalendarDefinition(
                rs.getString(1),
                SqlColumns.text(rs, "description"),
                ZoneId.of(rs.getString(3)),
                days.getOrDefault(rs.getString(1), Map.of())));
  }

  @Override
  public void saveDepartments(Collection<Department> departments) {
    Jdbc jdbc = Jdbc.of(em);
    List<String> plants = departments.stream().map(Department::plant).distinct().toList();
    List<String> knownPlants = jdbc.query("SELECT code FROM plant", rs -> rs.getString(1));
    jdbc.batch(
        "INSERT INTO plant (code, description) VALUES (?, ?)",
        plants.stream().filter(p -> !knownPlants.contains(p)).toList(),
        (p, plant) -> p.text(plant).text(plant));
    jdbc.upsertByCode(
        "department",
        List.of("description", "plant_code"),
        departments,
        Department::code,
        (p, d) -> p.text(d.description()).text(d.plant()));
  }

  @Override
  public List<Department> departments() {
    return Jdbc.of(em)
        .query(
            "SELECT code, description, plant_code FROM department ORDER BY code",
            rs ->
                new Department(
                    rs.getString(1), SqlColumns.text(rs, "description"), rs.getString(3)));
  }

  @Override
  public void saveTools(Collection<Tool> tools) {
    Jdbc.of(em)
        .upsertByCode(
            "tool",
            List.of("description", "qty_available"),
            tools,
            Tool::code,
            (p, t) -> p.text(t.description()).integer(t.qtyAvailable()));
  }

  @Override
  public void replaceChangeovers(Collection<Changeover> changeovers) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.batch(
        "DELETE FROM work_center_changeover WHERE work_center_code = ?",
        changeovers.stream().map(Changeover::workCenter).distinct().toList(),
        (p, center) -> p.text(center));
    jdbc.batch(
        "INSERT INTO work_center_changeover (work_center_code, from_family, to_family, minutes)"
            + " VALUES (?, ?, ?, ?)",
        changeovers,
        (p, c) ->
            p.text(c.workCenter()).text(c.fromFamily()).text(c.toFamily()).integer(c.minutes()));
  }

  @Override
  public List<Changeover> changeovers() {
    return Jdbc.of(em)
        .query(
            "SELECT work_center_code, from_family, to_family, minutes FROM work_center_changeover"
                + " ORDER BY work_center_code, from_family, to_family",
            rs -> new Changeover(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
  }

  @Override
  public List<Tool> tools() {
    return Jdbc.of(em)
        .query(
            "SELECT code, description, qty_available FROM tool ORDER BY code",
            rs -> new Tool(rs.getString(1), SqlColumns.text(rs, "description"), rs.getInt(3)));
  }

  @Override
  public void saveWorkCenters(Collection<WorkCenter> centers) {
    Jdbc.of(em)
        .upsertByCode(
            "work_center",
            List.of(
                "description",
                "department_code",
                "capacity",
                "efficiency_pct",
                "utilisation_pct",
                "finite",
                "calendar_code"),
            centers,
            WorkCenter::code,
            (p, w) ->
                p.text(w.description())
                    .text(w.department())
                    .integer(w.capacity())
                    .decimal(w.efficiencyPct())
                    .decimal(w.utilisationPct())
                    .bool(w.finite())
                    .text(w.calendar()));
  }

  @Override
  public List<WorkCenter> workCenters() {
    return Jdbc.of(em)
        .query(
            "SELECT code, description, department_code, capacity, efficiency_pct, utilisation_pct,"
                + " finite, calendar_code FROM work_center ORDER BY code",
            rs ->
                new WorkCenter(
                    rs.getString("code"),
                    SqlColumns.text(rs, "description"),
                    rs.getString("department_code"),
                    rs.getInt("capacity"),
                    SqlColumns.decimal(rs, "efficiency_pct"),
                    SqlColumns.decimal(rs, "utilisation_pct"),
                    rs.getBoolean("finite"),
                    rs.getString("calendar_code")));
  }

  @Override
  public void saveMachines(Collection<Machine> machines) {
    Jdbc.of(em)
        .upsertByCode(
            "machine",
            List.of("description", "work_center_code"),
            machines,
            Machine::code,
            (p, m) -> p.text(m.description()).text(m.workCenter()));
  }

  @Override
  public List<Machine> machines() {
    return Jdbc.of(em)
        .query(
            "SELECT code, description, work_center_code FROM machine ORDER BY code",
            rs ->
                new Machine(rs.getString(1), SqlColumns.text(rs, "description"), rs.getString(3)));
  }

  @Override
  public void saveOperators(Collection<Operator> operators) {
    Jdbc jdbc = Jdbc.of(em);
    jdbc.upsertByCode(
        "shop_operator",
        List.of("name", "department_code"),
        operators,
        Operator::code,
        (p, o) -> p.text(o.name()).text(o.department()));
    jdbc.batch(
        "DELETE FROM operator_skill WHERE operator_code = ?",
        operators,
        (p, o) -> p.text(o.code()));
    List<String[]> skills = new ArrayList<>();
    operators.forEach(o -> o.skills().forEach(s -> skills.add(new String[] {o.code(), s})));
    jdbc.batch(
        "INSERT INTO operator_skill (operator_code, work_center_code) VALUES (?, ?)",
        skills,
        (p, s) -> p.text(s[0]).text(s[1]));
  }

  @Override
  public List<Operator> operators() {
    Jdbc jdbc = Jdbc.of(em);
    Map<String, List<String>> skills = new HashMap<>();
    jdbc.query(
        "SELECT operator_code, work_center_code FROM operator_skill ORDER BY operator_code,"
            + " work_center_code",
        rs -> skills.computeIfAbsent(rs.getString(1), o -> new ArrayList<>()).add(rs.getString(2)));
    return jdbc.query(
        "SELECT code, name, department_code FROM shop_operator ORDER BY code",
        rs ->
            new Operator(
                rs.getString(1),
                SqlColumns.text(rs, "name"),
                rs.getString(3),
                skills.getOrDefault(rs.getString(1), List.of())));
  }
}
