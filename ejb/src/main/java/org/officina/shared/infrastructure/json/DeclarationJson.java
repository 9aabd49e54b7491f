package org.officina.shared.infrastructure.json;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.officina.execution.model.Declaration;
import org.officina.execution.model.ReportSource;
import org.officina.execution.model.WorkKind;
import org.officina.shared.model.Violation;

/**
 * A declaration from the floor as JSON, the same over REST and JMS: {@code client_id}, {@code
 * order}, {@code operation}, {@code kind} (SETUP, RUN or DOWNTIME; RUN when absent), {@code
 * minutes}, {@code good_qty}, {@code scrap_qty}, {@code scrap_reason}, {@code stop_reason}, {@code
 * finishes}, {@code operators} (codes), {@code lots} ({@code [{"item", "lot"}]}) and {@code
 * happened_at} (ISO-8601; when it is received, if absent). Unknown properties are refused.
 */
public final class DeclarationJson {

  public static final List<String> PROPERTIES =
      List.of(
          "client_id",
          "order",
          "operation",
          "kind",
          "minutes",
          "good_qty",
          "scrap_qty",
          "scrap_reason",
          "stop_reason",
          "finishes",
          "operators",
          "lots",
          "happened_at");

  private DeclarationJson() {}

  /** The declaration a JSON object makes, and what could not be read of it. */
  public record Parsed(Declaration declaration, List<Violation> violations) {
    public Parsed {
      violations = List.copyOf(violations);
    }
  }

  public static Parsed read(JsonObject json, ReportSource source) {
    JsonFields fields = new JsonFields(json).onlyKnown(PROPERTIES);
    Integer operation = fields.integer("operation", null);
    String order = fields.text("order", null);
    List<Declaration.LotUse> lots = new ArrayList<>();
    for (JsonObject lot : fields.objects("lots")) {
      JsonFields lotFields = new JsonFields(lot).onlyKnown(List.of("item", "lot"));
      lots.add(new Declaration.LotUse(lotFields.text("item", ""), lotFields.text("lot", "")));
      lotFields.violations().forEach(v -> fields.refuse("lots", v.key(), null, v.args().toArray()));
    }
    Declaration declaration =
        new Declaration(
            fields.text("client_id", null),
            order,
            operation == null ? 0 : operation,
            fields.code("kind", WorkKind.class, WorkKind.RUN),
            fields.decimal("minutes", null),
            fields.decimal("good_qty", null),
            fields.decimal("scrap_qty", null),
            fields.text("scrap_reason", null),
            fields.text("stop_reason", null),
            fields.bool("finishes", false),
            fields.texts("operators"),
            lots,
            source,
            fields.instant("happened_at", null));
    List<Violation> violations = new ArrayList<>(fields.violations());
    if (order == null && !fields.unreadable("order")) {
      violations.add(Violation.of("order", "value.required"));
    }
    if (operation == null && !fields.unreadable("operation")) {
      violations.add(Violation.of("operation", "value.required"));
    }
    return new Parsed(declaration, violations);
  }
}
