package org.officina.shared.infrastructure.json;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * The JSON factories, looked up once: {@code Json.createObjectBuilder()} looks the provider up
 * through the service loader on every call, which dominated the time of a bulk import that
 * publishes an event per item.
 */
public final class JsonSupport {

  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private JsonSupport() {}

  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  public static JsonObjectBuilder object(jakarta.json.JsonObject copied) {
    return BUILDERS.createObjectBuilder(copied);
  }

  public static jakarta.json.JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }

  public static JsonReader reader(String text) {
    return READERS.createReader(new StringReader(text == null ? "" : text));
  }
}
