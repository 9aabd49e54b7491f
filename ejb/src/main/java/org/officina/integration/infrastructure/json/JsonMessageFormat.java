package org.officina.integration.infrastructure.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.util.List;
import org.officina.engineering.model.ItemData;
import org.officina.execution.model.Declaration;
import org.officina.execution.model.ReportSource;
import org.officina.integration.model.InboundMessageFormat;
import org.officina.shared.infrastructure.json.DeclarationJson;
import org.officina.shared.infrastructure.json.ItemJson;
import org.officina.shared.infrastructure.json.JsonSupport;
import org.officina.shared.model.Violation;

/**
 * Message bodies as JSON objects, the same as the REST API takes ({@link ItemJson}, {@link
 * DeclarationJson}).
 */
@ApplicationScoped
public class JsonMessageFormat implements InboundMessageFormat {

  @Override
  public Reading<ItemData> item(String body) {
    Reading<JsonObject> json = object(body);
    if (!json.violations().isEmpty()) {
      return new Reading<>(null, json.violations());
    }
    ItemJson.Parsed parsed = ItemJson.read(json.value());
    return new Reading<>(parsed.item(), parsed.violations());
  }

  @Override
  public Reading<Declaration> declaration(String body, ReportSource source) {
    Reading<JsonObject> json = object(body);
    if (!json.violations().isEmpty()) {
      return new Reading<>(null, json.violations());
    }
    DeclarationJson.Parsed parsed = DeclarationJson.read(json.value(), source);
    return new Reading<>(parsed.declaration(), parsed.violations());
  }

  /** The body as a JSON object, or why it is not one. */
  private static Reading<JsonObject> object(String body) {
    try (JsonReader reader = JsonSupport.reader(body)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return new Reading<>(null, List.of(Violation.of(null, "json.notObject")));
      }
      return new Reading<>(value.asJsonObject(), List.of());
    } catch (JsonException e) {
      return new Reading<>(null, List.of(Violation.of(null, "json.malformed", e.getMessage())));
    }
  }
}
