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
import org.officina.planning.model.MrpOptions;
import org.officina.planning.model.MrpRunRequest;
import org.officina.planning.model.MrpSource;
import org.officina.planning.model.PlannedOrderType;
import org.officina.resources.model.Department;
import org.officina.shared.web.JsonNames;

/**
 * The body of POST /mrp/runs: start, horizonDays (or until, a date), mode, simulation, plant,
 * earlyToleranceDays, lateToleranceDays, suppressMessages, and the options consumptionBackwardDays,
 * consumptionForwardDays, proposals (or noSuggestions), reorderPoint, ignorePastDue, sources
 * (snake_case names are accepted too). A field of the wrong type or an unknown field is an error
 * that names it, like any broken rule.
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
          "suppressMessages",
          "until",
          "consumptionBackwardDays",
          "consumptionForwardDays",
          "proposals",
          "noSuggestions",
          "reorderPoint",
          "ignorePastDue",
          "sources");

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
      if (!FIELDS.contains(JsonNames.camel(key))) {
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
    LocalDate start = date("start");
    MrpRunRequest request =
        new MrpRunRequest(
            plant == null ? Department.DEFAULT_PLANT : plant,
            start,
            horizon(start),
            parsedMode,
            simulation != null && simulation,
            integer("earlyToleranceDays"),
            integer("lateToleranceDays"),
            messageTypes("suppressMessages"),
            Boolean.TRUE.equals(bool("suggestionsOnly")),
            options());
    return new Parsed(request, errors);
  }

  /**
   * The horizon in days: as given, or up to and including the date until gives (one or the other).
   */
  private Integer horizon(LocalDate start) {
    Integer days = integer("horizonDays");
    LocalDate until = date("until");
    if (until == null) {
      return days;
    }
    if (days != null) {
      errors.add(new String[] {"until", "cannot be given with horizonDays: one or the other"});
      return days;
    }
    if (start == null || until.isBefore(start)) {
      errors.add(new String[] {"until", "must be a date on or after the start, not " + until});
      return null;
    }
    long span = java.time.temporal.ChronoUnit.DAYS.between(start, until) + 1;
    return span > MrpRunRequest.MAX_HORIZON_DAYS ? MrpRunRequest.MAX_HORIZON_DAYS + 1 : (int) span;
  }

  /** The run's options; absent ones take their defaults. */
  private MrpOptions options() {
    Set<PlannedOrderType> proposals = names("proposals", PlannedOrderType.class);
    if (Boolean.TRUE.equals(bool("noSuggestions"))) {
      if (proposals != null && !proposals.isEmpty()) {
        errors.add(new String[] {"noSuggestions", "cannot be given with proposals"});
      }
      proposals = Set.of();
    }
    return new MrpOptions(
        integer("consumptionBackwardDays"),
        integer("consumptionForwardDays"),
        proposals,
        Boolean.TRUE.equals(bool("reorderPoint")),
        Boolean.TRUE.equals(bool("ignorePastDue")),
        names("sources", MrpSource.class));
  }

  /** A list of names of an enum's values, or null when absent. */
  private <E extends Enum<E>> Set<E> names(String field, Class<E> type) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    List<E> known = List.of(type.getEnumConstants());
    Set<E> values = EnumSet.noneOf(type);
    if (!(value instanceof JsonArray array)) {
      errors.add(new String[] {field, "must be a list of " + known});
      return values;
    }
    for (JsonValue element : array) {
      try {
        values.add(
            Enum.valueOf(
                type, ((JsonString) element).getString().strip().toUpperCase(Locale.ROOT)));
      } catch (ClassCastException | IllegalArgumentException e) {
        errors.add(new String[] {field, "must be a list of " + known + ", not " + element});
      }
    }
    return values;
  }

  private JsonValue value(String field) {
    JsonValue value = body.get(field);
    if (value == null) {
      value = body.get(JsonNames.snake(field));
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
}
