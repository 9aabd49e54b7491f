package org.officina.bench;

import static org.officina.bench.CsvFile.pad;
import static org.officina.bench.Draws.distribute;
import static org.officina.bench.Draws.shuffle;
import static org.officina.bench.Plant.BUY;
import static org.officina.bench.Plant.KG;
import static org.officina.bench.Plant.MAKE;
import static org.officina.bench.Plant.MAX_HEIGHT;
import static org.officina.bench.Plant.MTR;
import static org.officina.bench.Plant.PCS;
import static org.officina.bench.Plant.SUB;

import java.util.SplittableRandom;

/** Item codes, supply types, heights, end items, phantoms, units and suppliers. */
record ItemRoles(Plant plant) {

  /**
   * Supply types, heights and end items. Roles are laid out in order (heights 0..6, non-end items
   * first) and dealt to the item codes in a shuffled order, so that codes say nothing of the role.
   */
  void generate(SplittableRandom r) {
    int width = Integer.toString(plant.n).length();
    for (int i = 0; i < plant.n; i++) {
      plant.code[i] = "I" + pad(i + 1, width);
    }
    int nBuy = (int) Math.round(0.20 * plant.n);
    int nTop = Math.max(5, (int) Math.round(0.045 * plant.n));
    int[] topAt = distribute(nTop, new double[] {0, 0, .10, .15, .20, .25, .30});
    int[] nonTop = new int[MAX_HEIGHT + 1];
    nonTop[0] = nBuy;
    nonTop[5] = Math.max(1, (int) Math.round(0.020 * plant.n));
    nonTop[4] = Math.max(1, (int) Math.round(0.045 * plant.n));
    nonTop[3] = Math.max(2, (int) Math.round(0.080 * plant.n));
    nonTop[2] = Math.max(3, (int) Math.round(0.140 * plant.n));
    nonTop[1] = plant.n - nTop - nBuy - nonTop[2] - nonTop[3] - nonTop[4] - nonTop[5];
    int[] perm = new int[plant.n];
    for (int i = 0; i < plant.n; i++) {
      perm[i] = i;
    }
    shuffle(perm, r);
    int j = 0;
    for (int h = 0; h <= MAX_HEIGHT; h++) {
      plant.pool[h] = new int[nonTop[h]];
      plant.parentsByHeight[h] = new int[h == 0 ? 0 : nonTop[h] + topAt[h]];
      int p = 0;
      for (int k = 0; k < nonTop[h]; k++) {
        int item = perm[j++];
        plant.height[item] = (byte) h;
        plant.type[item] = h == 0 ? BUY : MAKE;
        plant.pool[h][k] = item;
        if (h > 0) {
          plant.parentsByHeight[h][p++] = item;
        }
      }
      for (int k = 0; k < topAt[h]; k++) {
        int item = perm[j++];
        plant.height[item] = (byte) h;
        plant.type[item] = MAKE;
        plant.top[item] = true;
        plant.parentsByHeight[h][p++] = item;
      }
    }
    plant.parents = new int[plant.n - nBuy];
    int p = 0;
    for (int h = 1; h <= MAX_HEIGHT; h++) {
      plant.parentsFrom[h] = p;
      for (int item : plant.parentsByHeight[h]) {
        plant.parents[p++] = item;
      }
    }
    plant.parentsFrom[MAX_HEIGHT + 1] = p;
    // subcontracted items: 3.5% of the plant, among the low non-end items (pools are shuffled)
    int nSub = Math.max(1, (int) Math.round(0.035 * plant.n));
    int subLow = Math.min(nonTop[1] - 1, (int) Math.round(nSub * 0.7));
    int subHigh = Math.min(nonTop[2] - 1, nSub - subLow);
    for (int k = 0; k < subLow; k++) {
      plant.type[plant.pool[1][k]] = SUB;
    }
    for (int k = 0; k < subHigh; k++) {
      plant.type[plant.pool[2][k]] = SUB;
    }
    // phantom kits: about 1% of the plant, MAKE items of height 1 and 2 that are not end items
    int nPhantom = (int) Math.round(0.01 * plant.n);
    for (int k = 0; k < nPhantom; k++) {
      int[] pl = plant.pool[1 + (k & 1)];
      int item = pl[pl.length - 1 - (k >> 1)];
      if (plant.type[item] == MAKE) {
        plant.phantom[item] = true;
      }
    }
    // units of measure and suppliers
    for (int i = 0; i < plant.n; i++) {
      plant.supplier[i] = -1;
      if (plant.type[i] == BUY) {
        double u = r.nextDouble();
        plant.uom[i] = u < 0.20 ? KG : u < 0.30 ? MTR : PCS;
        double s = r.nextDouble();
        plant.supplier[i] = plant.regularSuppliers[(int) (s * s * plant.nRegular)];
      } else if (plant.type[i] == SUB) {
        plant.supplier[i] = plant.subcontractors[r.nextInt(plant.subcontractors.length)];
      }
    }
  }
}
