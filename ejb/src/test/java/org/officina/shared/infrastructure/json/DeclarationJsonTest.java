package org.officina.shared.infrastructure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.officina.execution.model.Declaration;
import org.officina.execution.model.ReportSource;
import org.officina.execution.model.WorkKind;
import org.officina.shared.model.Violation;

class DeclarationJsonTest {

  private static DeclarationJson.Parsed read(String json) {
    JsonObject object = Json.createReader(new StringReader(json)).readObject();
    return DeclarationJson.read(object, ReportSource.JMS);
  }

  @Test
  void a_declaration_reads_every_property_and_a_run_is_the_default_kind() {
    DeclarationJson.Parsed parsed =
        read(
            "{\"client_id\": \"t-1\", \"order\": \"PRD-12\", \"operation\": 20, \"minutes\": 42.5,"
                + " \"good_qty\": 10, \"scrap_qty\": 1, \"scrap_reason\": \"DIMENSION\","
                + " \"finishes\": true, \"operators\": [\"OP-004\", \"OP-007\"],"
                + " \"lots\": [{\"item\": \"SCREW\", \"lot\": \"L1\"}],"
                + " \"happened_at\": \"2026-11-26T09:14:00Z\"}");

    assertThat(parsed.violations()).isEmpty();
    Declaration d = parsed.declaration();
    assertThat(d.kind()).isEqualTo(WorkKind.RUN);
    assertThat(d.operationSeq()).isEqualTo(20);
    assertThat(d.minutes()).isEqualByComparingTo("42.5");
    assertThat(d.declaredQty()).isEqualByComparingTo("11");
    assertThat(d.finishes()).isTrue();
    assertThat(d.operators()).containsExactly("OP-004", "OP-007");
    assertThat(d.lots()).containsExactly(new Declaration.LotUse("SCREW", "L1"));
    assertThat(d.source()).isEqualTo(ReportSource.JMS);
    assertThat(d.happenedAt()).isEqualTo(Instant.parse("2026-11-26T09:14:00Z"));
  }

  @Test
  void a_quantity_with_a_huge_exponent_is_refused_by_name_at_once() {
    DeclarationJson.Parsed parsed =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () ->
                read(
                    "{\"client_id\": \"t-2\", \"order\": \"PRD-12\", \"operation\": 20,"
                        + " \"good_qty\": 1E+200000, \"minutes\": 9E+99999}"));

    assertThat(parsed.violations())
        .extracting(Violation::field, Violation::key)
        .containsExactlyInAnyOrder(
            tuple("good_qty", "quantity.digits"), tuple("minutes", "quantity.digits"));
  }

  @Test
  void every_property_of_the_wrong_type_or_unknown_is_named_at_once() {
    DeclarationJson.Parsed parsed =
        read(
            "{\"client_id\": 7, \"operation\": \"ten\", \"kind\": \"LUNCH\", \"good_qty\": \"5\","
                + " \"finishes\": \"yes\", \"operators\": \"OP-1\", \"happened_at\": \"today\","
                + " \"colour\": \"red\", \"lots\": [{\"item\": \"A\", \"batch\": \"B\"}]}");

    assertThat(parsed.violations())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "colour",
            "client_id",
            "operation",
            "kind",
            "good_qty",
            "finishes",
            "operators",
            "happened_at",
            "lots",
            "order");
  }

  @Test
  void the_order_and_the_operation_are_required() {
    assertThat(read("{\"client_id\": \"t-2\", \"good_qty\": 1}").violations())
        .extracting(v -> v.field() + " " + v.key())
        .containsExactly("order value.required", "operation value.required");
  }
}
