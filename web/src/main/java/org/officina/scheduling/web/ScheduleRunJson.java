package org.officina.scheduling.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.officina.scheduling.model.Objective;
import org.officina.scheduling.model.ScheduleRunRequest;
import org.officina.scheduling.model.SchedulingProblem;
import org.officina.shared.web.JsonNames;

/**
 * The body of POST /schedules: horizonDays (default 60), seconds (default 30), seed (default 1),
 * mode (FORWARD or BACKWARD, default FORWARD) and objectives (a list, first decides; default
 * WEIGHTED_TARDINESS, SETUP, FLOW_TIME); snake_case names are accepted too. A field of the wrong
 * type or an unknown field is an error that names it.
 */
final class ScheduleRunJson {

  private static final Set<String> FIELDS =
      Set.of("horizonDays", "seconds", "seed", "mode", "objectives");

  /** The request, or the errors of the body by field. */
  record Parsed(ScheduleRunRequest request, List<String[]> errors) {}

  private final JsonObject body;
  private final List<String[]> errors = new ArrayList<>();

  private ScheduleRunJson(JsonObject body) {
    this.body = body;
  }

  static Parsed parse(JsonObject body) {
    return new ScheduleRunJson(body == null ? JsonValue.EMPTY_JSON_OBJECT : body).parse();
  }

  private Parsed parse() {
    for (String key : body.keySet()) {
      if (!FIELDS.contains(JsonNames.camel(key))) {
        errors.add(
            new String[] {key, "is not a field of a scheduling run; the fields are " + FIELDS});
      }
    }
    ScheduleRunRequest request =
        new ScheduleRunRequest(
            integer("horizonDays", 60),
            integer("seconds", 30),
            integer("seed", 1),
            mode(),
            objectives());
    return new Parsed(request, errors);
  }

  private SchedulingProblem.Mode mode() {
    JsonValue value = value("mode");
    if (value == null) {
      return SchedulingProblem.Mode.FORWARD;
    }
    try {
      return SchedulingProblem.Mode.valueOf(
          ((JsonString) value).getString().strip().toUpperCase(Locale.ROOT));
    } catch (ClassCastException | IllegalArgumentException e) {
      errors.add(new String[] {"mode", "must be FORWARD or BACKWARD, not " + value});
      return SchedulingProblem.Mode.FORWARD;
    }
  }

  private List<Objective> objectives() {
    JsonValue value = value("objectives");
    if (value == null) {
      return ScheduleRunRequest.DEFAULT_OBJECTIVES;
    }
    List<Objective> known = List.of(Objective.values());
    if (!(value instanceof JsonArray array)) {
      errors.add(new String[] {"objectives", "must be a list of " + known});
      return ScheduleRunRequest.DEFAULT_OBJECTIVES;
    }
    List<Objective> objectives = new ArrayList<>();
    for (JsonValue element : array) {
      try {
        objectives.add(
            Objective.valueOf(((JsonString) element).getString().strip().toUpperCase(Locale.ROOT)));
      } catch (ClassCastException | IllegalArgumentException e) {
        errors.add(new String[] {"objectives", "must be a list of " + known + ", not " + element});
      }
    }
    return objectives;
  }

  /** A whole number that fits an int, or the default when absent. */
  private int integer(String field, int absent) {
    JsonValue value = value(field);
    if (value == null) {
      return absent;
    }
    if (value instanceof JsonNumber number) {
      try {
        return number.bigDecimalValue().intValueExact();
      } catch (ArithmeticException e) {
        // a fraction, or beyond an int: refused below
      }
    }
    errors.add(new String[] {field, "must be a whole number, not " + value});
    return absent;
  }

  private JsonValue value(String field) {
    JsonValue value = body.get(field);
    if (value == null) {
      value = body.get(JsonNames.snake(field));
    }
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }
}
