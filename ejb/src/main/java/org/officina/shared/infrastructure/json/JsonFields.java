package org.officina.shared.infrastructure.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.officina.shared.model.Codes;
import org.officina.shared.model.Decimals;
import org.officina.shared.model.Violation;

/**
 * Reads the properties of a JSON object sent by a person or a system: each read gives the value or,
 * when the property is absent or null, the fallback; a value of the wrong type is a violation that
 * names the property, and the fallback stands in for it so that reading goes on and every problem
 * is reported at once.
 */
public final class JsonFields {

  private final JsonObject json;
  private final List<Violation> violations = new ArrayList<>();
  private final Set<String> unreadable = new HashSet<>();

  public JsonFields(JsonObject json) {
    this.json = json;
  }

  /** Refuses every property not among those known (a misspelt property is not ignored). */
  public JsonFields onlyKnown(Collection<String> known) {
    for (String name : json.keySet()) {
      if (!known.contains(name)) {
        violations.add(Violation.of(name, "json.unknownProperty", name, String.join(", ", known)));
      }
    }
    return this;
  }

  public boolean has(String name) {
    return json.containsKey(name);
  }

  /** What was wrong with the values read. */
  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** Whether a property's value could not be read (its rules need not be checked again). */
  public boolean unreadable(String name) {
    return unreadable.contains(name);
  }

  private JsonValue value(String name) {
    JsonValue value = json.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }

  public String text(String name, String fallback) {
    JsonValue value = value(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof JsonString s) {
      return s.getString().strip();
    }
    return refuse(name, "json.notText", fallback);
  }

  public <E extends Enum<E>> E code(String name, Class<E> type, E fallback) {
    String text = text(name, null);
    if (text == null) {
      return fallback;
    }
    return Codes.parse(type, text)
        .orElseGet(() -> refuse(name, "value.oneOf", fallback, text, Codes.allowed(type)));
  }

  public Integer integer(String name, Integer fallback) {
    JsonValue value = value(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        return refuse(name, "value.notInteger", fallback, value.toString());
      }
    }
    return refuse(name, "value.notInteger", fallback, value.toString());
  }

  public Boolean bool(String name, Boolean fallback) {
    JsonValue value = value(name);
    if (value == null) {
      return fallback;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE
        || value.getValueType() == JsonValue.ValueType.FALSE) {
      return value.getValueType() == JsonValue.ValueType.TRUE;
    }
    return refuse(name, "value.notBoolean", fallback, value.toString());
  }

  public BigDecimal decimal(String name, BigDecimal fallback) {
    JsonValue value = value(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof JsonNumber n) {
      BigDecimal read = n.bigDecimalValue();
      if (Decimals.huge(read)) {
        violations.add(Decimals.tooManyDigits(name, read));
        return fallback;
      }
      return read;
    }
    return refuse(name, "value.notNumber", fallback, value.toString());
  }

  public LocalDate date(String name, LocalDate fallback) {
    String text = text(name, null);
    if (text == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return refuse(name, "value.notDate", fallback, text);
    }
  }

  /** An instant as ISO-8601 text (2026-11-26T06:14:58Z). */
  public Instant instant(String name, Instant fallback) {
    String text = text(name, null);
    if (text == null) {
      return fallback;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return refuse(name, "value.notInstant", fallback, text);
    }
  }

  /** An array of texts. */
  public List<String> texts(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonString)) {
      return array.getValuesAs(JsonString.class).stream().map(s -> s.getString().strip()).toList();
    }
    return refuse(name, "json.notTexts", List.of());
  }

  /** An array of whole numbers (ids). */
  public List<Long> longs(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof JsonArray array
        && array.stream().allMatch(v -> v instanceof JsonNumber n && n.isIntegral())) {
      return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }
    return refuse(name, "json.notIds", List.of());
  }

  /** An array of objects. */
  public List<JsonObject> objects(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonObject)) {
      return array.getValuesAs(JsonObject.class);
    }
    return refuse(name, "json.notObjects", List.of());
  }

  /** Records a problem with a value read; returns the fallback that stands in for it. */
  public <T> T refuse(String name, String key, T fallback, Object... args) {
    violations.add(Violation.of(name, key, args));
    unreadable.add(name);
    return fallback;
  }
}
