package org.officina.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.SupplyType;
import org.officina.integration.infrastructure.exchange.ItemFileCheck;

class DemoPlantDataTest {

  @Test
  void the_demo_plant_is_a_few_hundred_valid_items_that_are_made_bought_and_subcontracted()
      throws Exception {
    try (Reader in =
        new InputStreamReader(
            getClass().getClassLoader().getResourceAsStream("demo-plant/items.csv"),
            StandardCharsets.UTF_8)) {
      ItemFileCheck file = ItemFileCheck.of(in);
      assertThat(file.errors()).isEmpty();
      assertThat(file.items()).hasSizeBetween(200, 1000);
      assertThat(file.items()).extracting(ItemData::supplyType).contains(SupplyType.values());
    }
  }
}
