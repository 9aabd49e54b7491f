package org.officina.bench;

import static org.officina.bench.Plant.KG;
import static org.officina.bench.Plant.MAX_COMPONENTS;
import static org.officina.bench.Plant.MAX_HEIGHT;
import static org.officina.bench.Plant.MTR;
import static org.officina.bench.Plant.PCS;
import static org.officina.bench.Plant.SUB;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The bills of materials, acyclic by construction, and their engineering changes. */
record Bills(Plant plant) {

  /**
   * Bills of materials: each parent of height h gets one component of height h-1 first (items not
   * yet used first), then every item still without a parent is given one of greater height, then
   * the remaining slots are filled with components of lower height (45% purchased).
   */
  void generate(SplittableRandom r) {
    for (int p : plant.parents) {
      int k = 2 + r.nextInt(MAX_COMPONENTS - 1);
      if (plant.height[p] == 1) {
        k = Math.min(k, plant.pool[0].length);
      }
      plant.kTarget[p] = (byte) k;
    }
    int[] cursor = new int[MAX_HEIGHT + 1];
    for (int h = 1; h <= MAX_HEIGHT; h++) {
      int[] below = plant.pool[h - 1];
      for (int p : plant.parentsByHeight[h]) {
        int c =
            cursor[h - 1] < below.length ? below[cursor[h - 1]++] : below[r.nextInt(below.length)];
        add(p, c, r);
      }
    }
    for (int h = MAX_HEIGHT - 1; h >= 0; h--) {
      int[] pl = plant.pool[h];
      while (cursor[h] < pl.length) {
        attach(pl[cursor[h]++], h, r);
      }
    }
    for (int p : plant.parents) {
      int h = plant.height[p];
      slots:
      while (plant.kCount[p] < plant.kTarget[p]) {
        for (int attempt = 0; attempt < 12; attempt++) {
          int hc = r.nextDouble() < 0.45 ? 0 : r.nextInt(h);
          int[] pl = plant.pool[hc];
          double u = r.nextDouble();
          int c = pl[(int) (u * u * pl.length)]; // common parts: a few items take much of the reuse
          if (!has(p, c)) {
            add(p, c, r);
            continue slots;
          }
        }
        plant.kTarget[p] = plant.kCount[p];
      }
    }
  }

  /** Gives a parent of greater height to an item that has none yet. */
  private void attach(int c, int h, SplittableRandom r) {
    int from = plant.parentsFrom[h + 1], to = plant.parentsFrom[MAX_HEIGHT + 1], span = to - from;
    for (int pass = 0; pass < 2; pass++) {
      for (int attempt = 0; attempt < 64; attempt++) {
        int p = plant.parents[from + r.nextInt(span)];
        int limit = pass == 0 ? plant.kTarget[p] : MAX_COMPONENTS;
        if (plant.kCount[p] < limit && !has(p, c)) {
          if (plant.kCount[p] >= plant.kTarget[p]) {
            plant.kTarget[p]++;
          }
          add(p, c, r);
          return;
        }
      }
    }
    for (int x = from; x < to; x++) {
      int p = plant.parents[x];
      if (plant.kCount[p] < MAX_COMPONENTS && !has(p, c)) {
        if (plant.kCount[p] >= plant.kTarget[p]) {
          plant.kTarget[p]++;
        }
        add(p, c, r);
        return;
      }
    }
    throw new IllegalStateException("no parent with a free slot for " + plant.code[c]);
  }

  private boolean has(int p, int c) {
    int base = p * MAX_COMPONENTS;
    for (int k = 0; k < plant.kCount[p]; k++) {
      if (plant.comp[base + k] == c) {
        return true;
      }
    }
    return false;
  }

  private void add(int p, int c, SplittableRandom r) {
    int slot = p * MAX_COMPONENTS + plant.kCount[p]++;
    plant.comp[slot] = c;
    plant.qtyPer[slot] = qtyPer(c, r);
    if (plant.uom[c] != PCS) {
      plant.scrap[slot] = r.nextDouble() < 0.4 ? (10 + r.nextInt(71)) / 10.0 : 0;
    } else {
      plant.scrap[slot] =
          !plant.phantom[c] && r.nextDouble() < 0.05 ? (5 + r.nextInt(26)) / 10.0 : 0;
    }
    plant.opSeq[slot] =
        (byte) (plant.nOps[p] >= 2 && r.nextDouble() < 0.25 ? 1 + r.nextInt(plant.nOps[p]) : 0);
  }

  private double qtyPer(int c, SplittableRandom r) {
    if (plant.phantom[c]) {
      return 1;
    }
    switch (plant.uom[c]) {
      case KG:
        return Math.max(
            0.001,
            Math.round(Math.exp(Math.log(0.05) + r.nextDouble() * Math.log(400)) * 1000) / 1000.0);
      case MTR:
        return Math.max(0.01, Math.round((0.1 + r.nextDouble() * 5.9) * 100) / 100.0);
      default:
        double u = r.nextDouble();
        return u < 0.65 ? 1 : u < 0.85 ? 2 : u < 0.95 ? 3 + r.nextInt(2) : 5 + r.nextInt(8);
    }
  }

  /** About 1% of the bills change one component for another from a day within the year. */
  void engineeringChanges(SplittableRandom r) {
    Arrays.fill(plant.ecoSlot, -1);
    for (int p : plant.parents) {
      if (plant.phantom[p] || plant.type[p] == SUB || r.nextDouble() >= 0.01) {
        continue;
      }
      int k = r.nextInt(plant.kCount[p]);
      int slot = p * MAX_COMPONENTS + k;
      int old = plant.comp[slot];
      if (plant.phantom[old]) {
        continue;
      }
      int[] pl = plant.pool[plant.height[old]];
      for (int attempt = 0; attempt < 20; attempt++) {
        int c = pl[r.nextInt(pl.length)];
        if (c != old && !plant.phantom[c] && plant.uom[c] == plant.uom[old] && !has(p, c)) {
          plant.ecoSlot[p] = k;
          plant.ecoComp[p] = c;
          plant.ecoDay[p] = 30 + r.nextInt(270);
          plant.ecoQty[p] = qtyPer(c, r);
          break;
        }
      }
    }
  }
}
