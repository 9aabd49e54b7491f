package org.officina.purchasing.web;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.purchasing.application.SubcontractReturnService;
import org.officina.purchasing.model.SubcontractReturn;
import org.officina.shared.infrastructure.json.JsonFields;
import org.officina.shared.model.Violation;

/**
 * A return from a subcontractor as a client writes it; pieces left out are none, and every value
 * that cannot be read is a violation naming where it is.
 */
record ReturnJson(SubcontractReturnService.Request request, List<Violation> violations) {

  private static final int MOST_LINES = 200;

  static ReturnJson read(JsonObject body, List<String> fields) {
    JsonFields f =
        new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body).onlyKnown(fields);
    List<Violation> violations = new ArrayList<>();
    Map<Integer, BigDecimal> declared = new HashMap<>();
    List<JsonObject> consumed = f.objects("consumed");
    if (consumed.size() > MOST_LINES) {
      violations.add(Violation.of("consumed", "value.range", consumed.size(), 0, MOST_LINES));
      consumed = List.of();
    }
    for (int k = 0; k < consumed.size(); k++) {
      JsonFields c = new JsonFields(consumed.get(k)).onlyKnown(List.of("line", "qty"));
      Integer line = c.integer("line", null);
      BigDecimal qty = c.decimal("qty", null);
      String where = "consumed[" + (k + 1) + "].";
      c.violations()
          .forEach(v -> violations.add(new Violation(where + v.field(), v.key(), v.args())));
      if (line == null || qty == null) {
        violations.add(Violation.of(where + "qty", "value.required"));
      } else if (declared.put(line, qty) != null) {
        violations.add(Violation.of(where + "line", "purchase.lineTwice", line));
      }
    }
    SubcontractReturn.Request pieces =
        new SubcontractReturn.Request(
            f.decimal("good", BigDecimal.ZERO),
            f.decimal("scrapped", BigDecimal.ZERO),
            f.decimal("rejected", BigDecimal.ZERO),
            declared,
            Boolean.TRUE.equals(f.bool("leftovers_back", false)));
    SubcontractReturnService.Request request =
        new SubcontractReturnService.Request(
            f.text("client_id", null),
            pieces,
            f.text("warehouse", null),
            f.text("lot", null),
            f.text("rejected_warehouse", null),
            f.text("leftovers_warehouse", null),
            f.decimal("unit_price", null));
    violations.addAll(0, f.violations());
    return new ReturnJson(request, violations);
  }
}
