package org.officina.bench;

import static org.officina.bench.Draws.pick;
import static org.officina.bench.Plant.BUY;
import static org.officina.bench.Plant.MAKE;
import static org.officina.bench.Plant.MAX_OPS;
import static org.officina.bench.Plant.SUB;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The routings of made and subcontracted items. */
record Routings(Plant plant) {

  /**
   * Operations: 1..4 for MAKE items, an external one (with 1 internal before it at times) for
   * SUBCONTRACT.
   */
  void generate(SplittableRandom r) {
    for (int i = 0; i < plant.n; i++) {
      if (plant.type[i] == BUY || plant.phantom[i]) {
        continue;
      }
      int ops;
      int external = -1;
      if (plant.type[i] == SUB) {
        ops = r.nextDouble() < 0.6 ? 1 : 2;
        external = ops - 1;
      } else {
        ops = 1 + r.nextInt(MAX_OPS);
        if (ops >= 2 && r.nextDouble() < 0.03) {
          external = plant.height[i] == 1 ? ops - 1 : r.nextInt(ops - 1);
          plant.supplier[i] = plant.subcontractors[r.nextInt(plant.subcontractors.length)];
        }
      }
      plant.nOps[i] = (byte) ops;
      int[] partsWc = new int[ops];
      for (int k = 0; k < ops; k++) {
        partsWc[k] = pick(plant.wcOfKind[0], r);
      }
      Arrays.sort(partsWc); // cutting and bending (FAB) before machining (MACH)
      for (int k = 0; k < ops; k++) {
        int slot = i * MAX_OPS + k;
        if (k == external) {
          plant.opWc[slot] = (byte) plant.extWc;
          plant.opCost[slot] =
              Math.round((0.2 + r.nextDouble() * r.nextDouble() * 40) * 100) / 100.0;
          if (plant.opCost[slot] <= 0) {
            plant.opCost[slot] = 0.2;
          }
          continue;
        }
        boolean last = k == ops - 1;
        int w;
        boolean assembly = false;
        if (last && plant.height[i] >= 2 && plant.type[i] == MAKE) {
          w = pick(plant.wcOfKind[1], r);
          assembly = true;
        } else if (last && ops > 1 && plant.wcOfKind[2].length > 0 && r.nextDouble() < 0.3) {
          w = pick(plant.wcOfKind[2], r);
        } else {
          w = partsWc[k];
        }
        plant.opWc[slot] = (byte) w;
        plant.opSetup[slot] = (short) (r.nextDouble() < 0.15 ? 0 : 5 * (1 + r.nextInt(24)));
        double run =
            assembly ? 5 + r.nextDouble() * 55 : 0.2 + r.nextDouble() * r.nextDouble() * 15;
        plant.opRun[slot] = Math.max(0.01, Math.round(run * 100) / 100.0);
        plant.opQueue[slot] = (short) (r.nextDouble() < 0.5 ? 0 : 30 * (1 + r.nextInt(16)));
        plant.opMove[slot] = (short) (r.nextDouble() < 0.7 ? 0 : 15 * (1 + r.nextInt(4)));
      }
    }
  }
}
