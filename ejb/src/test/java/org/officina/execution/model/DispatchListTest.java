package org.officina.execution.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.execution.model.ExecutionFixtures.dec;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.officina.engineering.model.IssueMethod;
import org.officina.execution.model.OrderOperation.Progress;

class DispatchListTest {

  private static OrderOperation at(int seq, Integer parent, String center, Progress progress) {
    return at(seq, parent, center, List.of(), progress);
  }

  private static OrderOperation at(
      int seq, Integer parent, String center, List<String> alternates, Progress progress) {
    OrderOperation o = ExecutionFixtures.operation(seq, parent, progress);
    return new OrderOperation(
        o.seq(),
        o.parentSeq(),
        o.description(),
        center,
        o.setupMinutes(),
        o.runMinutes(),
        o.labourMinutes(),
        o.fixedMinutes(),
        o.queueMinutes(),
        o.moveMinutes(),
        o.overlapPct(),
        null,
        null,
        List.of("JAW-40"),
        null,
        alternates,
        progress);
  }

  private static DispatchList.OrderData order(
      String number, OrderStatus status, int priority, LocalDate start, OrderOperation... ops) {
    ProductionOrder base = ExecutionFixtures.order(status, "10", "10");
    ProductionOrder order =
        new ProductionOrder(
            base.id(),
            number,
            base.plant(),
            base.item(),
            base.qty(),
            base.warehouse(),
            number,
            start,
            start.plusDays(4),
            priority,
            false,
            status,
            base.tolerancePct(),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            null,
            1,
            "p",
            null,
            "p",
            null);
    OrderMaterial screws =
        ExecutionFixtures.material("SCREW", "4", false, "0", 20, IssueMethod.BACKFLUSH);
    return new DispatchList.OrderData(order, "Pump", List.of(ops), List.of(screws), List.of(7L));
  }

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);

  @Test
  void
      a_work_center_sees_its_open_operations_by_priority_then_dates_with_neighbours_and_materials() {
    Progress done =
        new Progress(
            OperationStatus.DONE,
            null,
            null,
            null,
            BigDecimal.ZERO,
            dec("10"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            null,
            null);
    List<DispatchLine> lines =
        DispatchList.of(
            List.of(
                order(
                    "PRD-1",
                    OrderStatus.RELEASED,
                    5,
                    MONDAY,
                    at(10, null, "LATHE", Progress.none()),
                    at(20, null, "ASSY", Progress.none())),
                order(
                    "PRD-2",
                    OrderStatus.IN_PROGRESS,
                    2,
                    MONDAY.plusDays(3),
                    at(10, null, "LATHE", done),
                    at(20, null, "ASSY", Progress.none()),
                    at(30, null, "TEST", Progress.none())),
                order(
                    "PRD-3",
                    OrderStatus.RELEASED,
                    5,
                    MONDAY.minusDays(1),
                    at(20, null, "ASSY", Progress.none())),
                order(
                    "PRD-4", OrderStatus.PLANNED, 1, MONDAY, at(20, null, "ASSY", Progress.none())),
                order("PRD-5", OrderStatus.RELEASED, 1, MONDAY, at(20, null, "ASSY", done))),
            Set.of("ASSY"));

    assertThat(lines).extracting(DispatchLine::order).containsExactly("PRD-2", "PRD-3", "PRD-1");
    DispatchLine first = lines.get(0);
    assertThat(first.previous().seq()).isEqualTo(10);
    assertThat(first.previous().status()).isEqualTo(OperationStatus.DONE);
    assertThat(first.previous().goodQty()).isEqualByComparingTo("10");
    assertThat(first.next().workCenter()).isEqualTo("TEST");
    assertThat(first.materials()).extracting(OrderMaterial::item).containsExactly("SCREW");
    assertThat(first.operation().tooling()).containsExactly("JAW-40");
    assertThat(first.documents()).containsExactly(7L);
    assertThat(first.remainingQty()).isEqualByComparingTo("10");
    assertThat(lines.get(1).previous()).isNull();
    assertThat(lines.get(2).next()).isNull();
  }

  @Test
  void a_sub_operation_has_its_operations_neighbours_and_a_department_gathers_its_work_centers() {
    List<DispatchLine> lines =
        DispatchList.of(
            List.of(
                order(
                    "PRD-1",
                    OrderStatus.RELEASED,
                    5,
                    MONDAY,
                    at(10, null, "SAW", Progress.none()),
                    at(20, null, "LATHE", Progress.none()),
                    at(21, 20, "DEBURR", Progress.none()),
                    at(30, null, "ASSY", Progress.none()))),
            DispatchList.workCentersOf(
                "MACH", Map.of("SAW", "CUT", "LATHE", "MACH", "DEBURR", "MACH", "ASSY", "ASM")));

    assertThat(lines).extracting(l -> l.operation().seq()).containsExactly(20, 21);
    assertThat(lines.get(1).previous().seq()).isEqualTo(10);
    assertThat(lines.get(1).next().seq()).isEqualTo(30);
  }

  @Test
  void once_a_schedule_is_published_the_list_follows_its_starts_and_shows_them() {
    Instant eight = Instant.parse("2027-01-11T08:00:00Z");
    Map<String, ScheduledSlot> slots =
        Map.of(
            "PRD-1/20",
                new ScheduledSlot("ASSY", 0, eight.plusSeconds(7200), eight.plusSeconds(9000)),
            "PRD-2/20", new ScheduledSlot("ASSY", 0, eight, eight.plusSeconds(3600)));

    List<DispatchLine> lines =
        DispatchList.of(
            List.of(
                order(
                    "PRD-1",
                    OrderStatus.RELEASED,
                    1,
                    MONDAY,
                    at(20, null, "ASSY", Progress.none())),
                order(
                    "PRD-2",
                    OrderStatus.RELEASED,
                    9,
                    MONDAY,
                    at(20, null, "ASSY", Progress.none())),
                order(
                    "PRD-3",
                    OrderStatus.RELEASED,
                    1,
                    MONDAY,
                    at(20, null, "ASSY", Progress.none()))),
            Set.of("ASSY"),
            slots);

    assertThat(lines)
        .as("the scheduled ones by their start, whatever their priority; the new order after them")
        .extracting(DispatchLine::order)
        .containsExactly("PRD-2", "PRD-1", "PRD-3");
    assertThat(lines.get(0).scheduled().start()).isEqualTo(eight);
    assertThat(lines.get(2).scheduled()).isNull();
  }

  @Test
  void an_operation_the_schedule_placed_on_an_alternate_is_on_that_work_center_s_list_only() {
    Instant eight = Instant.parse("2027-01-11T08:00:00Z");
    List<DispatchList.OrderData> orders =
        List.of(
            order(
                "PRD-1",
                OrderStatus.RELEASED,
                5,
                MONDAY,
                at(20, null, "ASSY", List.of("ASSY-2"), Progress.none())),
            order(
                "PRD-2",
                OrderStatus.RELEASED,
                5,
                MONDAY,
                at(20, null, "ASSY", List.of("ASSY-2"), Progress.none())));
    Map<String, ScheduledSlot> slots =
        Map.of(
            "PRD-1/20", new ScheduledSlot("ASSY-2", 0, eight, eight.plusSeconds(3600)),
            "PRD-2/20", new ScheduledSlot("ASSY", 0, eight, eight.plusSeconds(3600)));

    assertThat(DispatchList.of(orders, Set.of("ASSY-2"), slots))
        .extracting(DispatchLine::order)
        .containsExactly("PRD-1");
    assertThat(DispatchList.of(orders, Set.of("ASSY"), slots))
        .extracting(DispatchLine::order)
        .containsExactly("PRD-2");
  }
}
