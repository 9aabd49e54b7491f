package org.officina.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantZoneTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void the_plant_lives_in_the_zone_most_of_its_calendars_are_kept_in() {
    assertThat(PlantZone.mostUsed(List.of(NEW_YORK, ROME, ROME))).isEqualTo(ROME);
  }

  @Test
  void a_tie_between_zones_is_settled_the_same_way_every_time() {
    assertThat(PlantZone.mostUsed(List.of(ROME, NEW_YORK)))
        .isEqualTo(PlantZone.mostUsed(List.of(NEW_YORK, ROME)))
        .isEqualTo(NEW_YORK);
  }

  @Test
  void without_calendars_the_server_zone_is_taken() {
    assertThat(PlantZone.mostUsed(List.of())).isEqualTo(ZoneId.systemDefault());
  }
}
