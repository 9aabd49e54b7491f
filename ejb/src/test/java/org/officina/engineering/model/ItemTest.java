package org.officina.engineering.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ItemTest {

  private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-11-24T08:00:00Z");

  @Test
  void a_new_item_records_who_created_it_and_when() {
    Item item = Item.create(ItemData.withDefaults("BRG-6204"), "planner", MONDAY);
    assertThat(item.createdBy()).isEqualTo("planner");
    assertThat(item.changedAt()).isEqualTo(MONDAY);
    assertThat(item.data())
        .isEqualTo(
            new ItemData(
                "BRG-6204",
                "",
                UnitOfMeasure.PCS,
                SupplyType.BUY,
                0,
                LotRule.LFL,
                null,
                null,
                null,
                null,
                null,
                false,
                "",
                IssueMethod.PICKING_LIST,
                null,
                PlanningPolicy.NONE));
  }

  @Test
  void revising_an_item_with_what_it_already_holds_changes_nothing() {
    Item item = Item.create(ItemData.withDefaults("BRG-6204"), "planner", MONDAY);
    assertThat(item.revise(ItemData.withDefaults("BRG-6204"), "admin", TUESDAY)).isFalse();
    assertThat(item.changedBy()).isEqualTo("planner");
  }

  @Test
  void a_revision_records_who_changed_the_item_and_when() {
    Item item = Item.create(ItemData.withDefaults("BRG-6204"), "planner", MONDAY);
    ItemData revised =
        new ItemData(
            "BRG-6204",
            "Bearing 6204",
            UnitOfMeasure.PCS,
            SupplyType.BUY,
            10,
            LotRule.LFL,
            null,
            null,
            null,
            null,
            null);
    assertThat(item.revise(revised, "admin", TUESDAY)).isTrue();
    assertThat(item.description()).isEqualTo("Bearing 6204");
    assertThat(item.changedBy()).isEqualTo("admin");
    assertThat(item.changedAt()).isEqualTo(TUESDAY);
  }

  @Test
  void an_item_never_takes_data_that_breaks_the_rules_nor_another_code() {
    Item item = Item.create(ItemData.withDefaults("BRG-6204"), "planner", MONDAY);
    assertThatThrownBy(() -> item.revise(ItemData.withDefaults("BRG-6205"), "admin", TUESDAY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Item.create(ItemData.withDefaults("BAD CODE"), "planner", MONDAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_revision_in_the_shared_format_keeps_the_planner_and_the_routing_lead_time() {
    Item item = Item.create(officina("g.bianchi"), "planner", MONDAY);
    ItemData shared =
        new ItemData(
            "GP1",
            "Gear pump",
            UnitOfMeasure.PCS,
            SupplyType.MAKE,
            5,
            LotRule.LFL,
            null,
            null,
            null,
            null,
            null);

    assertThat(item.revise(shared, "plm", TUESDAY)).isTrue();
    assertThat(item.data().description()).isEqualTo("Gear pump");
    assertThat(item.data().planner()).isEqualTo("g.bianchi");
    assertThat(item.data().leadTimeFromRouting()).isTrue();
    assertThat(item.revise(officina(""), "planner", TUESDAY)).isTrue();
    assertThat(item.data().planner()).isEmpty();
  }

  private static ItemData officina(String planner) {
    return new ItemData(
        "GP1",
        "",
        UnitOfMeasure.PCS,
        SupplyType.MAKE,
        5,
        LotRule.LFL,
        null,
        null,
        null,
        null,
        null,
        true,
        planner,
        null);
  }
}
