package org.officina.planning.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.officina.planning.model.MessageType;
import org.officina.planning.model.MrpMode;
import org.officina.planning.model.MrpRunRequest;
import org.officina.resources.model.Department;

/**
 * The body of POST /mrp/runs: start, horizonDays, mode, simulation, plant, earlyToleranceDays,
 * lateToleranceDays, suppressMessages (snake_case names are accepted too). A field of the wrong
 * type or an unknown field is an error that names it, like any broken rule.
 */
final class MrpRunJson {

  private static final Set<String> FIELDS =
      Set.of(
          "plant",
          "start",
          "horizonDays",
          "suggestionsOnly",
          "mode",
          "simulation",
          "earlyToleranceDays",
          "lateToleranceDays",
          "suppressMessages");

  private static final List<MessageType> TYPES = List.of(MessageType.values());

  /** The request, or the errors of the body by field. */
  record Parsed(MrpRunRequest request, List<String[]> errors) {}

  private final JsonObject body;
  private final List<String[]> errors = new ArrayList<>();

  private MrpRunJson(JsonObject body) {
    this.body = body;
  }

  static Parsed parse(JsonObject body) {
    return new MrpRunJson(body).parse();
  }

  private Parsed parse() {
    for (String key : body.keySet()) {
      if (!FIELDS.contains(camel(key))) {
        errors.add(new String[] {key, "is not a field of a run; the fields are " + FIELDS});
      }
    }
    String plant = text("plant");
    String mode = text("mode");
    MrpMode parsedMode = null;
    if (mode != null) {
      try {
        parsedMode = MrpMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new String[] {"mode", "must be REGENERATIVE or NET_CHANGE, not " + mode});
      }
    }
    Boolean simulation = bool("simulation");
    MrpRunRequest request =
        new MrpRunRequest(
            plant == null ? Department.DEFAULT_PLANT : plant,
            date("start"),
            integer("horizonDays"),
            parsedMode,
            simulation != null && simulation,
            integer("earlyToleranceDays"),
            integer("lateToleranceDays"),
            messageTypes("suppressMessages"),
            Boolean.TRUE.equals(bool("suggestionsOnly")));
    return new Parsed(request, errors);
  }

  private JsonValue value(String field) {
    JsonValue value = body.get(field);
    if (value == null) {
      value = body.get(snake(field));
    }
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }

  private String text(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    errors.add(new String[] {field, "must be text"});
    return null;
  }

  private LocalDate date(String field) {
    String text = text(field);
    try {
      return text == null ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new String[] {field, "must be a date YYYY-MM-DD, not " + text});
      return null;
    }
  }

  private Integer integer(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        errors.add(new String[] {field, "is too large"});
        return null;
      }
    }
    errors.add(new String[] {field, "must be a whole number of days"});
    return null;
  }

  /** A list of message types, by name. */
  private Set<MessageType> messageTypes(String field) {
    Set<MessageType> types = EnumSet.noneOf(MessageType.class);
    JsonValue value = value(field);
    if (value == null) {
      return types;
    }
    if (!(value instanceof JsonArray array)) {
      errors.add(new String[] {field, "must be a list of message types " + TYPES});
      return types;
    }
    for (JsonValue element : array) {
      try {
        types.add(
            MessageType.valueOf(
                ((JsonString) element).getString().strip().toUpperCase(Locale.ROOT)));
      } catch (ClassCastException | IllegalArgumentException e) {
        errors.add(
            new String[] {field, "must be a list of message types " + TYPES + ", not " + element});
      }
    }
    return types;
  }

  private Boolean bool(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    errors.add(new String[] {field, "must be true or false"});
    return null;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  private static String camel(String key) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
