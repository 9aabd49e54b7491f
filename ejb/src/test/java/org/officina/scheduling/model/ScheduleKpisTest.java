package org.officina.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officina.scheduling.model.Shop.center;
import static org.officina.scheduling.model.Shop.op;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleKpisTest {

  @Test
  void load_setup_and_idle_are_shares_of_the_units_open_time_up_to_the_last_end() {
    SchedulingProblem problem =
        Shop.problem(
            List.of(center("SAW", 1), center("MILL", 1)),
            Shop.order("A", 1, 150, op(10, "SAW", 20, 80, null), op(20, "MILL", 0, 100, null)),
            Shop.order("B", 2, 1000, op(10, "SAW", 0, 100, null)));

    ScheduleKpis kpis = ScheduleKpis.of(Dispatcher.dispatch(problem));

    assertThat(kpis.orders()).isEqualTo(2);
    assertThat(kpis.operations()).isEqualTo(3);
    assertThat(kpis.makespanMinutes()).isEqualTo(200);
    assertThat(kpis.lateOrders()).isEqualTo(1);
    assertThat(kpis.tardinessMinutes()).isEqualTo(50);
    assertThat(kpis.weightedTardiness()).isEqualTo(50);
    assertThat(kpis.busyMinutes()).isEqualTo(300);
    assertThat(kpis.openMinutes()).isEqualTo(400);
    assertThat(kpis.loadPct()).isEqualTo(75.0);
    assertThat(kpis.setupPct()).isEqualTo(100.0 * 20 / 300);
    assertThat(kpis.idlePct()).isEqualTo(25.0);
  }
}
