package org.officina.planning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Forecast consumption worked by hand: days are numbers, the start is day 100. */
class ForecastConsumptionTest {

  private static final int START = 100;

  private static ForecastConsumption.Demands demands(Object... kindDayQty) {
    int n = kindDayQty.length / 3;
    DemandKind[] kind = new DemandKind[n];
    int[] day = new int[n];
    long[] qty = new long[n];
    for (int d = 0; d < n; d++) {
      kind[d] = (DemandKind) kindDayQty[3 * d];
      day[d] = (Integer) kindDayQty[3 * d + 1];
      qty[d] = (Integer) kindDayQty[3 * d + 2];
    }
    return new ForecastConsumption.Demands(kind, day, qty);
  }

  private static String remaining(ForecastConsumption.Result result) {
    return Arrays.toString(result.remaining());
  }

  @Test
  void a_sales_order_consumes_the_forecast_before_it_latest_first_then_after_it_earliest_first() {
    // forecasts of 30 on days 101, 108, 115 and 122; an order of 70 on day 110, window 7 back and
    // 7 ahead: 30 on day 108 (back), then 30 on day 115 (ahead); day 101 is beyond 7 days back, so
    // 10 is left unconsumed and the forecasts of days 101 and 122 stay whole.
    ForecastConsumption.Result result =
        ForecastConsumption.consume(
            demands(
                DemandKind.FORECAST,
                101,
                30,
                DemandKind.FORECAST,
                108,
                30,
                DemandKind.FORECAST,
                115,
                30,
                DemandKind.FORECAST,
                122,
                30,
                DemandKind.SALES,
                110,
                70),
            7,
            7,
            START,
            START);

    assertThat(result.consumed()).containsExactly(0, 30, 30, 0, 0);
    assertThat(remaining(result)).isEqualTo("[30, 0, 0, 30, 70]");
  }

  @Test
  void earlier_sales_orders_consume_first_and_a_forecast_is_consumed_once() {
    // two orders of 20 on days 105 and 106 against one forecast of 30 on day 104: the first takes
    // 20, the second the 10 left
    ForecastConsumption.Result result =
        ForecastConsumption.consume(
            demands(
                DemandKind.SALES, 106, 20, DemandKind.FORECAST, 104, 30, DemandKind.SALES, 105, 20),
            5,
            0,
            START,
            START);

    assertThat(result.consumed()).containsExactly(0, 30, 0);
    assertThat(remaining(result)).isEqualTo("[20, 0, 20]");
  }

  @Test
  void without_a_window_forecasts_are_demand_in_full_beside_the_sales_orders() {
    ForecastConsumption.Result result =
        ForecastConsumption.consume(
            demands(DemandKind.FORECAST, 104, 30, DemandKind.SALES, 104, 20),
            null,
            null,
            START,
            START);

    assertThat(remaining(result)).isEqualTo("[30, 20]");
  }

  @Test
  void allocations_neither_consume_nor_are_consumed() {
    ForecastConsumption.Result result =
        ForecastConsumption.consume(
            demands(DemandKind.FORECAST, 104, 30, DemandKind.ALLOCATION, 104, 20),
            10,
            10,
            START,
            START);

    assertThat(remaining(result)).isEqualTo("[30, 20]");
  }

  @Test
  void expired_forecast_is_dropped_and_inside_the_demand_fence_only_orders_count() {
    // the fence ends on day 105: the forecast of day 98 has expired, the one of day 103 is inside
    // the fence (what the order of day 103 did not consume of it is dropped too), the one of day
    // 106 counts; the sales orders inside the fence count in full
    ForecastConsumption.Result result =
        ForecastConsumption.consume(
            demands(
                DemandKind.FORECAST,
                98,
                10,
                DemandKind.FORECAST,
                103,
                40,
                DemandKind.SALES,
                103,
                15,
                DemandKind.FORECAST,
                106,
                25,
                DemandKind.SALES,
                99,
                5),
            0,
            0,
            START,
            105);

    assertThat(result.consumed()).containsExactly(0, 15, 0, 0, 0);
    assertThat(remaining(result)).isEqualTo("[0, 0, 15, 25, 5]");
  }
}
