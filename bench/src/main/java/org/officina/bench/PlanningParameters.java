package org.officina.bench;

import static org.officina.bench.Plant.BUY;
import static org.officina.bench.Plant.FOQ;
import static org.officina.bench.Plant.LFL;
import static org.officina.bench.Plant.MAX_COMPONENTS;
import static org.officina.bench.Plant.MAX_HEIGHT;
import static org.officina.bench.Plant.MIN_MULT;
import static org.officina.bench.Plant.PCS;
import static org.officina.bench.Plant.POQ;
import static org.officina.bench.Plant.SUB;
import static org.officina.bench.Plant.round;

import java.util.SplittableRandom;

/**
 * Weekly volumes down the bills, and the lead times, lot sizing and safety stocks sized on them.
 */
record PlanningParameters(Plant plant) {

  private static final int[] FOQ_WEEKS = {1, 2, 4, 8};
  private static final int[] POQ_PERIODS = {3, 5, 5, 10, 10, 15, 20};

  /**
   * Independent weekly rates (end items' sales, service parts' forecasts) and the weekly volume of
   * every item they cause down the BOM.
   */
  void volumes(SplittableRandom r) {
    for (int i = 0; i < plant.n; i++) {
      if (plant.top[i]) {
        plant.indep[i] = Math.exp(Math.log(0.3) + r.nextDouble() * Math.log(100));
      } else if (!plant.phantom[i] && r.nextDouble() < 0.02) {
        plant.service[i] = true;
        plant.indep[i] = plant.uom[i] == PCS ? 0.25 + r.nextDouble() * 3 : 1 + r.nextDouble() * 20;
      }
      plant.vol[i] = plant.indep[i];
    }
    for (int h = MAX_HEIGHT; h >= 1; h--) {
      for (int p : plant.parentsByHeight[h]) {
        int base = p * MAX_COMPONENTS;
        for (int k = 0; k < plant.kCount[p]; k++) {
          plant.vol[plant.comp[base + k]] +=
              plant.vol[p] * plant.qtyPer[base + k] * (1 + plant.scrap[base + k] / 100);
        }
      }
    }
  }

  void itemParameters(SplittableRandom r) {
    for (int i = 0; i < plant.n; i++) {
      byte u = plant.uom[i];
      double w = Math.max(plant.vol[i], 0.1);
      if (plant.phantom[i]) {
        plant.lead[i] = 0;
        plant.rule[i] = LFL;
        continue;
      }
      double x = r.nextDouble();
      switch (plant.type[i]) {
        case BUY -> {
          plant.lead[i] = 1 + r.nextInt(20);
          plant.rule[i] = x < 0.30 ? LFL : x < 0.55 ? FOQ : x < 0.85 ? MIN_MULT : POQ;
        }
        case SUB -> {
          plant.lead[i] = 5 + r.nextInt(16);
          plant.rule[i] = x < 0.40 ? LFL : x < 0.60 ? FOQ : x < 0.80 ? MIN_MULT : POQ;
        }
        default -> {
          plant.lead[i] = r.nextDouble() < 0.15 ? 0 : 1 + r.nextInt(10);
          plant.rule[i] = x < 0.45 ? LFL : x < 0.60 ? FOQ : x < 0.75 ? MIN_MULT : POQ;
        }
      }
      switch (plant.rule[i]) {
        case FOQ -> plant.lotQty[i] = nice(w * FOQ_WEEKS[r.nextInt(FOQ_WEEKS.length)], u);
        case MIN_MULT -> {
          plant.lotMult[i] = nice(w * (0.1 + 0.9 * r.nextDouble()), u);
          plant.lotMin[i] = round(plant.lotMult[i] * (1 + r.nextInt(6)), u);
        }
        case POQ -> plant.lotPeriods[i] = POQ_PERIODS[r.nextInt(POQ_PERIODS.length)];
        default -> {}
      }
      double pSafety =
          plant.type[i] == BUY ? 0.40 : plant.top[i] ? 0.50 : plant.type[i] == SUB ? 0.20 : 0.15;
      if (r.nextDouble() < pSafety) {
        double s = w * (0.5 + 1.5 * r.nextDouble());
        plant.safety[i] =
            u == PCS ? Math.max(1, Math.ceil(s)) : Math.max(0.1, Math.round(s * 10) / 10.0);
      }
    }
  }

  /** A round number near x: 1, 2, 2.5 or 5 times a power of ten; whole for PCS. */
  private static double nice(double x, byte u) {
    if (!(x > 0)) {
      x = 1e-3;
    }
    double p = Math.pow(10, Math.floor(Math.log10(x)));
    double m = x / p;
    double v = (m < 1.5 ? 1 : m < 2.25 ? 2 : m < 3.5 ? 2.5 : m < 7.5 ? 5 : 10) * p;
    return u == PCS ? Math.max(1, Math.round(v)) : Math.max(0.1, Math.round(v * 10) / 10.0);
  }
}
