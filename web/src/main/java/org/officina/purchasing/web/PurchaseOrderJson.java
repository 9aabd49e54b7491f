package org.officina.purchasing.web;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.officina.purchasing.model.PurchaseOrder;
import org.officina.purchasing.model.PurchaseOrderLine;
import org.officina.purchasing.model.PurchaseOrderRules;
import org.officina.purchasing.model.PurchaseOrderStatus;
import org.officina.shared.infrastructure.json.JsonFields;
import org.officina.shared.model.Violation;

/**
 * A purchase order as a client writes it: supplier, currency, tolerance_pct and lines, each with
 * line (by default its place in the list), item, qty, due_date and unit_price; every value that
 * cannot be read is a violation naming where it is.
 */
record PurchaseOrderJson(PurchaseOrder order, List<Violation> violations) {

  static PurchaseOrderJson read(JsonObject body, List<String> fields, List<String> lineFields) {
    JsonFields json =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body).onlyKnown(fields);
    List<Violation> violations = new ArrayList<>();
    List<JsonObject> objects = json.objects("lines");
    if (objects.size() > PurchaseOrderRules.MAX_LINES) {
      violations.add(Violation.of("lines", "purchase.tooManyLines", PurchaseOrderRules.MAX_LINES));
      objects = List.of();
    }
    List<PurchaseOrderLine> lines = new ArrayList<>();
    for (int k = 0; k < objects.size(); k++) {
      JsonFields line = new JsonFields(objects.get(k)).onlyKnown(lineFields);
      lines.add(
          new PurchaseOrderLine(
              line.integer("line", k + 1),
              line.text("item", null),
              line.decimal("qty", null),
              line.decimal("unit_price", null),
              line.date("due_date", null),
              BigDecimal.ZERO));
      String where = "lines[" + (k + 1) + "].";
      line.violations()
          .forEach(v -> violations.add(new Violation(where + v.field(), v.key(), v.args())));
    }
    PurchaseOrder order =
        new PurchaseOrder(
            null,
            json.text("supplier", null),
            json.text("currency", null),
            null,
            json.decimal("tolerance_pct", BigDecimal.ZERO),
            PurchaseOrderStatus.DRAFT,
            lines);
    violations.addAll(0, json.violations());
    return new PurchaseOrderJson(order, violations);
  }
}
