package org.officina.shared.infrastructure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.Item;
import org.officina.engineering.model.ItemData;
import org.officina.shared.model.Violation;

class ItemJsonTest {

  private static ItemJson.Parsed read(String json) {
    return ItemJson.read(Json.createReader(new StringReader(json)).readObject());
  }

  @Test
  void absent_properties_take_the_exchange_format_defaults() {
    ItemJson.Parsed parsed = read("{\"code\":\"BRG-6204\"}");
    assertThat(parsed.violations()).isEmpty();
    assertThat(parsed.item()).isEqualTo(ItemData.withDefaults("BRG-6204"));
  }

  @Test
  void a_misspelt_property_or_a_value_of_the_wrong_type_is_refused_by_name() {
    ItemJson.Parsed parsed =
        read(
            "{\"code\":\"A\",\"leadtime\":3,\"lead_time_days\":\"three\",\"safety_stock\":\"ten\",\"uom\":\"BOX\","
                + "\"lead_time_from_routing\":\"yes\"}");
    assertThat(parsed.violations())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "leadtime", "lead_time_days", "safety_stock", "uom", "lead_time_from_routing");
  }

  @Test
  void a_number_with_a_huge_exponent_is_refused_by_name_at_once() {
    ItemJson.Parsed parsed =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> read("{\"code\":\"X\",\"safety_stock\":1E+200000}"));

    assertThat(parsed.violations()).extracting(Violation::field).containsExactly("safety_stock");
    assertThat(parsed.violations().get(0).message()).contains("1E+200000").hasSizeLessThan(120);
  }

  @Test
  void an_item_written_as_json_reads_back_as_the_same_item_with_its_version() {
    ItemData data =
        new ItemData(
            "GP1-004R",
            "Gear pump",
            org.officina.engineering.model.UnitOfMeasure.PCS,
            org.officina.engineering.model.SupplyType.MAKE,
            5,
            org.officina.engineering.model.LotRule.FOQ,
            java.math.BigDecimal.valueOf(20),
            null,
            null,
            null,
            java.math.BigDecimal.valueOf(5),
            true,
            "g.bianchi",
            org.officina.engineering.model.IssueMethod.BACKFLUSH);
    JsonObject json = ItemJson.write(Item.create(data, "planner", Instant.EPOCH));
    ItemJson.Parsed parsed = ItemJson.read(json);
    assertThat(parsed.violations()).isEmpty();
    assertThat(parsed.item()).isEqualTo(data);
    assertThat(json.getString("created_by")).isEqualTo("planner");
  }
}
