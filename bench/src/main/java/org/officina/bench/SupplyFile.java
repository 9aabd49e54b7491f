package org.officina.bench;

import static org.officina.bench.CsvFile.pad;
import static org.officina.bench.Plant.BUY;
import static org.officina.bench.Plant.FOQ;
import static org.officina.bench.Plant.MAKE;
import static org.officina.bench.Plant.MAX_COMPONENTS;
import static org.officina.bench.Plant.MIN_MULT;
import static org.officina.bench.Plant.SUB;
import static org.officina.bench.Plant.SUPPLY_DAYS;
import static org.officina.bench.Plant.round;

import java.io.IOException;
import java.util.SplittableRandom;

/** supply.csv: the open orders, grouped into orders as suppliers would send them. */
record SupplyFile(Plant plant, CsvFile.Folder folder) {

  /** Open orders due in the first three months: PRODUCTION, PURCHASE and SUBCONTRACT. */
  void write(SplittableRandom r) throws IOException {
    ItemQuantities.Keys[] keys = { // by supply type BUY, MAKE, SUB
      new ItemQuantities.Keys(), new ItemQuantities.Keys(), new ItemQuantities.Keys()
    };
    ItemQuantities records = new ItemQuantities();
    for (int i = 0; i < plant.n; i++) {
      if (plant.phantom[i]) {
        continue;
      }
      double p = plant.type[i] == MAKE ? 0.25 : 0.35;
      if (r.nextDouble() >= p) {
        continue;
      }
      int lines =
          1
              + (r.nextDouble() < 0.35 ? 1 : 0)
              + (plant.type[i] == BUY && r.nextDouble() < 0.15 ? 1 : 0);
      int previous = -1;
      for (int l = 0; l < lines; l++) {
        int due = plant.workday(r.nextInt(SUPPLY_DAYS));
        if (due == previous) {
          continue;
        }
        previous = due;
        double qty = supplyQty(i, r);
        int rec = records.add(i, qty);
        int week = due / 7;
        long sup = plant.supplier[i] < 0 ? 0 : plant.supplier[i];
        long key =
            plant.type[i] == MAKE
                ? ((long) due << 40) | rec
                : ((long) week << 56) | (sup << 40) | ((long) due << 30) | rec;
        keys[plant.type[i]].add(key);
      }
    }
    try (CsvFile f = folder.open("supply.csv", "type,number,line,item,qty,due_date,supplier")) {
      // PRODUCTION: one line per order, numbered by due date
      long[] production = keys[MAKE].sorted();
      for (int k = 0; k < production.length; k++) {
        int rec = (int) (production[k] & ((1L << 40) - 1));
        String number = "WO" + pad(k + 1, 7);
        int due = (int) (production[k] >>> 40);
        supplyLine(f, "PRODUCTION", number, 1, records.item(rec), records.qty(rec), due);
        allocate(number, records.item(rec), records.qty(rec), due, k % 3 == 0);
      }
      groupedSupply(f, "PURCHASE", "PO", keys[BUY].sorted(), records, 10, r);
      groupedSupply(f, "SUBCONTRACT", "SC", keys[SUB].sorted(), records, 4, r);
    }
  }

  /** Lines of one supplier due in the same week go into one order, up to maxLines lines each. */
  private void groupedSupply(
      CsvFile f,
      String type,
      String prefix,
      long[] keys,
      ItemQuantities records,
      int maxLines,
      SplittableRandom r) {
    int number = 0, line = 0;
    long group = -1;
    int limit = 0;
    for (long key : keys) {
      long g = key >>> 40;
      if (g != group || line >= limit) {
        group = g;
        number++;
        line = 0;
        limit = 1 + r.nextInt(maxLines);
      }
      line++;
      int rec = (int) (key & ((1L << 30) - 1));
      int due = (int) ((key >>> 30) & 1023);
      supplyLine(f, type, prefix + pad(number, 7), line, records.item(rec), records.qty(rec), due);
    }
  }

  /**
   * The allocations of an open production order: each component of its bill (a phantom's own
   * components in its place) for what the order's quantity needs, on the order's start; a third of
   * the orders are started, half of each material issued already.
   */
  private void allocate(String number, int item, double qty, int due, boolean started) {
    int start = plant.workday(Math.max(0, due - plant.lead[item]));
    int[] line = {0};
    explode(
        item,
        qty,
        (c, need) -> {
          double open = round(started ? need / 2 : need, plant.uom[c]);
          plant.allocations.add(new Plant.Allocation(number, ++line[0], c, open, start));
        });
  }

  private interface Need {
    void of(int component, double qty);
  }

  private void explode(int parent, double qty, Need need) {
    for (int s = parent * MAX_COMPONENTS; s < parent * MAX_COMPONENTS + plant.kCount[parent]; s++) {
      int c = plant.comp[s];
      double q = qty * plant.qtyPer[s] * (1 + plant.scrap[s] / 100);
      if (plant.phantom[c]) {
        explode(c, q, need);
      } else {
        need.of(c, q);
      }
    }
  }

  private double supplyQty(int i, SplittableRandom r) {
    byte u = plant.uom[i];
    double w = Math.max(plant.vol[i], 0.1) * (1 + 3 * r.nextDouble());
    return switch (plant.rule[i]) {
      case FOQ -> plant.lotQty[i] * (1 + (r.nextDouble() < 0.3 ? 1 : 0));
      case MIN_MULT ->
          round(Math.max(plant.lotMin[i], plant.lotMult[i] * Math.ceil(w / plant.lotMult[i])), u);
      default -> round(w, u);
    };
  }

  private void supplyLine(
      CsvFile f, String type, String number, int line, int item, double qty, int due) {
    String supplier = type.equals("PRODUCTION") ? null : plant.supplierCode[plant.supplier[item]];
    f.orderLine(plant, type, number, line, item, qty, due, supplier);
  }
}
