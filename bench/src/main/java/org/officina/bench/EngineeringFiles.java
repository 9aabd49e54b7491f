package org.officina.bench;

import static org.officina.bench.CsvFile.dec;
import static org.officina.bench.CsvFile.text;
import static org.officina.bench.Plant.MAX_COMPONENTS;
import static org.officina.bench.Plant.MAX_OPS;
import static org.officina.bench.Plant.UOM_DECIMALS;

import java.io.IOException;
import java.util.SplittableRandom;

/** bom.csv and routings.csv. */
record EngineeringFiles(Plant plant, CsvFile.Folder folder) {

  void writeBom() throws IOException {
    try (CsvFile f =
        folder.open(
            "bom.csv",
            "parent,component,qty_per,scrap_pct,operation_seq,phantom,valid_from,valid_to")) {
      for (int p = 0; p < plant.n; p++) {
        int base = p * MAX_COMPONENTS;
        for (int k = 0; k < plant.kCount[p]; k++) {
          int slot = base + k, c = plant.comp[slot];
          bomLine(
              f,
              p,
              c,
              plant.qtyPer[slot],
              plant.scrap[slot],
              plant.opSeq[slot],
              null,
              plant.ecoSlot[p] == k ? plant.dayText[plant.ecoDay[p] - 1] : null);
          if (plant.ecoSlot[p] == k) {
            bomLine(
                f,
                p,
                plant.ecoComp[p],
                plant.ecoQty[p],
                plant.scrap[slot],
                plant.opSeq[slot],
                plant.dayText[plant.ecoDay[p]],
                null);
          }
        }
      }
    }
  }

  private void bomLine(
      CsvFile f, int p, int c, double qty, double scrapPct, int op, String from, String to) {
    StringBuilder sb = f.sb;
    sb.append(plant.code[p]).append(',').append(plant.code[c]).append(',');
    dec(sb, qty, UOM_DECIMALS[plant.uom[c]]);
    sb.append(',');
    if (scrapPct > 0) {
      dec(sb, scrapPct, 1);
    }
    sb.append(',');
    if (op > 0) {
      sb.append(op * 10);
    }
    sb.append(',');
    if (plant.phantom[c]) {
      sb.append("true");
    }
    sb.append(',');
    if (from != null) {
      sb.append(from);
    }
    sb.append(',');
    if (to != null) {
      sb.append(to);
    }
    f.end();
  }

  void writeRoutings(SplittableRandom r) throws IOException {
    String[] external = {
      "Zinc plating", "Heat treatment", "Anodising", "Powder coating", "Nitriding"
    };
    try (CsvFile f =
        folder.open(
            "routings.csv",
            "item,seq,work_center,setup_minutes,run_minutes,queue_minutes,move_minutes,subcontractor,subcontract_cost,description")) {
      for (int i = 0; i < plant.n; i++) {
        for (int k = 0; k < plant.nOps[i]; k++) {
          int slot = i * MAX_OPS + k;
          int w = plant.opWc[slot];
          StringBuilder sb = f.sb;
          sb.append(plant.code[i])
              .append(',')
              .append((k + 1) * 10)
              .append(',')
              .append(plant.wcCode[w])
              .append(',');
          if (w == plant.extWc) {
            sb.append("0,0,0,0,").append(plant.supplierCode[plant.supplier[i]]).append(',');
            dec(sb, plant.opCost[slot], 2);
            sb.append(',').append(external[r.nextInt(external.length)]);
          } else {
            sb.append(plant.opSetup[slot]).append(',');
            dec(sb, plant.opRun[slot], 2);
            sb.append(',')
                .append(plant.opQueue[slot])
                .append(',')
                .append(plant.opMove[slot])
                .append(",,,");
            text(sb, plant.wcDescription[w]);
          }
          f.end();
        }
      }
    }
  }
}
