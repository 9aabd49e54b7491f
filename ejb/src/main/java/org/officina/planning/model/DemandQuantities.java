package org.officina.planning.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.officina.engineering.model.PlanningPolicy;

/**
 * What each demand of a run counts for, in millionths: nothing when the run leaves its kind out or
 * ignores it as past due; for a forecast, what is left of it once sales orders of its item consumed
 * it (within the item's windows, or the run's) and outside its item's demand time fence; for the
 * rest, what was given. Keeps what was given and consumed, which the time-phased record shows.
 */
final class DemandQuantities {

  private final long[] given;
  private final long[] consumed;
  private final long[] remaining;

  /**
   * @param item each demand's item, by its index in the run
   */
  DemandQuantities(MrpParameters parameters, PlanningInput input, PlanItems items, int[] item) {
    int count = input.demand.size();
    int startDay = (int) parameters.start().toEpochDay();
    given = new long[count];
    consumed = new long[count];
    Map<Integer, List<Integer>> forecasting = new HashMap<>();
    for (int d = 0; d < count; d++) {
      PlanningInput.Dated demand = input.demand.get(d);
      DemandKind kind = input.demandKinds.get(d);
      boolean counted = counted(parameters, MrpSource.valueOf(kind.name()), demand.date());
      given[d] = counted ? Micro.of(demand.qty()) : 0;
      if (kind == DemandKind.FORECAST) {
        forecasting.put(item[d], new ArrayList<>());
      }
    }
    remaining = given.clone();
    for (int d = 0; d < count; d++) {
      List<Integer> of = forecasting.get(item[d]);
      if (of != null) {
        of.add(d);
      }
    }
    forecasting.forEach(
        (i, demands) -> {
          PlanningPolicy policy = items.data(i).policy();
          int fence = items.calendar(i).afterWorkingDays(startDay, policy.demandFence());
          consume(demands, input, parameters.options(), policy, startDay, fence);
        });
  }

  /** Whether a run counts a demand or an open order of this kind dated so. */
  static boolean counted(MrpParameters parameters, MrpSource source, LocalDate date) {
    MrpOptions options = parameters.options();
    return options.counts(source)
        && !(options.ignorePastDue() && date.isBefore(parameters.start()));
  }

  private void consume(
      List<Integer> demands,
      PlanningInput input,
      MrpOptions options,
      PlanningPolicy policy,
      int startDay,
      int fence) {
    int n = demands.size();
    DemandKind[] kind = new DemandKind[n];
    int[] day = new int[n];
    long[] quantity = new long[n];
    for (int k = 0; k < n; k++) {
      int d = demands.get(k);
      kind[k] = input.demandKinds.get(d);
      day[k] = (int) input.demand.get(d).date().toEpochDay();
      quantity[k] = given[d];
    }
    ForecastConsumption.Result result =
        ForecastConsumption.consume(
            new ForecastConsumption.Demands(kind, day, quantity),
            orElse(policy.consumptionBackwardDays(), options.consumptionBackwardDays()),
            orElse(policy.consumptionForwardDays(), options.consumptionForwardDays()),
            startDay,
            fence);
    for (int k = 0; k < n; k++) {
      remaining[demands.get(k)] = result.remaining()[k];
      consumed[demands.get(k)] = result.consumed()[k];
    }
  }

  private static Integer orElse(Integer own, Integer run) {
    return own != null ? own : run;
  }

  /** What each demand counts for, by its index in the input. */
  long[] remaining() {
    return remaining;
  }

  /** What the demand was given as, if the run counts it at all. */
  long given(int demand) {
    return given[demand];
  }

  /** What sales orders consumed of a forecast. */
  long consumed(int demand) {
    return consumed[demand];
  }
}
