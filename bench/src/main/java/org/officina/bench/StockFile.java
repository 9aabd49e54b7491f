package org.officina.bench;

import static org.officina.bench.CsvFile.dec;
import static org.officina.bench.CsvFile.pad;
import static org.officina.bench.Plant.BUY;
import static org.officina.bench.Plant.PCS;
import static org.officina.bench.Plant.QUARANTINE;
import static org.officina.bench.Plant.SUB;
import static org.officina.bench.Plant.UOM_DECIMALS;
import static org.officina.bench.Plant.WAREHOUSE;
import static org.officina.bench.Plant.round;

import java.io.IOException;
import java.util.SplittableRandom;

/** stock.csv: stock on hand of part of the items, some of it in lots or locations. */
record StockFile(Plant plant, CsvFile.Folder folder) {

  void write(SplittableRandom r) throws IOException {
    int lot = 0;
    try (CsvFile f = folder.open("stock.csv", "item,warehouse,location,lot,qty")) {
      for (int i = 0; i < plant.n; i++) {
        if (plant.phantom[i]) {
          continue;
        }
        double p = plant.type[i] == BUY ? 0.55 : plant.type[i] == SUB ? 0.30 : 0.35;
        if (r.nextDouble() >= p) {
          continue;
        }
        byte u = plant.uom[i];
        double qty = Math.max(plant.vol[i], 0.1) * (0.2 + 3.8 * r.nextDouble());
        if (u != PCS) {
          int lots = 1 + r.nextInt(3);
          String location = "RM-" + (char) ('A' + r.nextInt(6)) + pad(1 + r.nextInt(20), 2);
          for (int l = 0; l < lots; l++) {
            stockLine(
                f, i, location, "L" + pad(++lot, 6), round(qty / lots * (0.5 + r.nextDouble()), u));
          }
        } else if (r.nextDouble() < 0.15) {
          int a = r.nextInt(160), b = (a + 1 + r.nextInt(159)) % 160;
          for (int loc : new int[] {Math.min(a, b), Math.max(a, b)}) {
            stockLine(f, i, location(loc), null, round(qty * (0.3 + 0.4 * r.nextDouble()), u));
          }
        } else {
          stockLine(f, i, null, null, round(qty, u));
        }
        if (i % 25 == 3) {
          quarantine(f, i, round(qty / 2, u));
        }
      }
    }
  }

  /** A lot held in quarantine, which MRP does not count. */
  private void quarantine(CsvFile f, int i, double qty) {
    f.sb.append(plant.code[i]).append(',').append(QUARANTINE).append(",,Q").append(i).append(',');
    dec(f.sb, qty, UOM_DECIMALS[plant.uom[i]]);
    f.end();
  }

  private static String location(int k) {
    return (char) ('A' + k / 20) + "-" + pad(k % 20 + 1, 2);
  }

  private void stockLine(CsvFile f, int i, String location, String lot, double qty) {
    StringBuilder sb = f.sb;
    sb.append(plant.code[i]).append(',').append(WAREHOUSE).append(',');
    if (location != null) {
      sb.append(location);
    }
    sb.append(',');
    if (lot != null) {
      sb.append(lot);
    }
    sb.append(',');
    dec(sb, qty, UOM_DECIMALS[plant.uom[i]]);
    f.end();
  }
}
