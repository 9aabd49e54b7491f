package org.officina.bench;

import static org.officina.bench.CsvFile.dec;
import static org.officina.bench.CsvFile.text;
import static org.officina.bench.Plant.CALENDAR;
import static org.officina.bench.Plant.FOQ;
import static org.officina.bench.Plant.KG;
import static org.officina.bench.Plant.MAKE;
import static org.officina.bench.Plant.MIN_MULT;
import static org.officina.bench.Plant.MTR;
import static org.officina.bench.Plant.POQ;
import static org.officina.bench.Plant.QUARANTINE;
import static org.officina.bench.Plant.RULE;
import static org.officina.bench.Plant.SUB;
import static org.officina.bench.Plant.TYPE;
import static org.officina.bench.Plant.UOM;
import static org.officina.bench.Plant.UOM_DECIMALS;
import static org.officina.bench.Plant.WAREHOUSE;

import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;

/** calendars.csv, items.csv, suppliers.csv, departments.csv and work_centers.csv. */
record MasterDataFiles(Plant plant, CsvFile.Folder folder) {

  void writeCalendars() throws IOException {
    try (CsvFile f = folder.open("calendars.csv", "calendar,day,shifts,time_zone,description")) {
      String[] weekdays = {"MON", "TUE", "WED", "THU", "FRI"};
      // the description is the calendar's (as export writes it, on every line), not the day's
      String description = "\"Two shifts, Monday to Friday; Italian holidays\"";
      for (String day : weekdays) {
        f.sb
            .append(CALENDAR)
            .append(',')
            .append(day)
            .append(",06:00-14:00;14:00-22:00,Europe/Rome,")
            .append(description);
        f.end();
      }
      for (String[] e : plant.exceptions) {
        f.sb
            .append(CALENDAR)
            .append(',')
            .append(e[0])
            .append(',')
            .append(e[1])
            .append(",Europe/Rome,")
            .append(description);
        f.end();
      }
    }
  }

  void writeItems(SplittableRandom r) throws IOException {
    String[] endItems = {
      "Gearbox", "Centrifugal pump", "Hydraulic press", "Belt conveyor", "Packaging machine",
      "Screw compressor", "Industrial mixer", "Lifting table", "Cutting unit", "Filling machine"
    };
    String[] groups = {
      "Frame assembly", "Drive unit", "Motor group", "Control panel", "Shaft assembly",
      "Housing group", "Pneumatic group", "Guard assembly", "Base frame", "Gear train"
    };
    String[] parts = {
      "Shaft", "Bracket", "Flange", "Bushing", "Plate", "Housing", "Cover", "Pin", "Spacer",
      "Lever", "Gear", "Pulley"
    };
    String[] treatments = {"Zinc-plated", "Heat-treated", "Painted", "Anodised", "Nitrided"};
    String[] hardware = {
      "Screw M8x30 ISO 4762",
      "Screw M6x20 ISO 7380",
      "Nut M10 ISO 4032",
      "Washer 10.5 ISO 7089",
      "O-ring 40x3 NBR",
      "Rivet 4x10",
      "Compression spring",
      "Cable tie 200 mm",
      "Dowel pin 6x30"
    };
    String[] bought = {
      "Bearing 6204-2RS",
      "Electric motor 1.5 kW",
      "Inductive sensor M12",
      "Cable gland M20",
      "Gasket",
      "Hose 1/2\" 1 m",
      "Relay 24 V",
      "Handle, black",
      "Solenoid valve 24 V DC",
      "Gear motor i=20"
    };
    String[] kilos = {
      "Steel bar C45 Ø",
      "Sheet S235 thickness ",
      "Aluminium bar 6082 Ø",
      "Paint RAL 9005",
      "Welding wire Ø",
      "Brass bar CW614N Ø"
    };
    String[] metres = {"Tube S235, 40x", "Cable 3G", "Profile 40x40", "Chain 08B-1", "Hose 1/2\""};
    try (CsvFile f =
        folder.open(
            "items.csv",
            "code,description,uom,supply_type,lead_time_days,lot_rule,lot_qty,lot_min,lot_multiple,lot_periods,safety_stock,"
                + "demand_time_fence_days,planning_time_fence_days,"
                + "forecast_consumption_backward_days,forecast_consumption_forward_days")) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < plant.n; i++) {
        d.setLength(0);
        int num = 10 + r.nextInt(990);
        if (plant.top[i]) {
          d.append(endItems[r.nextInt(endItems.length)])
              .append(' ')
              .append((char) ('A' + r.nextInt(26)))
              .append((char) ('A' + r.nextInt(26)))
              .append('-')
              .append(num);
          if (r.nextDouble() < 0.3) {
            d.append(", complete");
          }
        } else if (plant.phantom[i]) {
          d.append("Kit ")
              .append(parts[r.nextInt(parts.length)].toLowerCase(Locale.ROOT))
              .append(" fasteners ")
              .append(num);
        } else if (plant.type[i] == SUB) {
          d.append(treatments[r.nextInt(treatments.length)])
              .append(' ')
              .append(parts[r.nextInt(parts.length)].toLowerCase(Locale.ROOT))
              .append(' ')
              .append(num);
        } else if (plant.type[i] == MAKE) {
          if (plant.height[i] >= 2) {
            d.append(groups[r.nextInt(groups.length)]).append(' ').append(num);
          } else {
            d.append(parts[r.nextInt(parts.length)])
                .append(' ')
                .append(num)
                .append('x')
                .append(5 * (1 + r.nextInt(40)));
          }
        } else if (plant.uom[i] == KG) {
          d.append(kilos[r.nextInt(kilos.length)]).append(5 * (1 + r.nextInt(30)));
        } else if (plant.uom[i] == MTR) {
          d.append(metres[r.nextInt(metres.length)]).append(num % 10 + 1);
        } else if (plant.vol[i] > 1000) {
          d.append(hardware[r.nextInt(hardware.length)]);
        } else {
          d.append(bought[r.nextInt(bought.length)]);
        }
        StringBuilder sb = f.sb;
        sb.append(plant.code[i]).append(',');
        text(sb, d);
        sb.append(',')
            .append(UOM[plant.uom[i]])
            .append(',')
            .append(TYPE[plant.type[i]])
            .append(',')
            .append(plant.lead[i])
            .append(',')
            .append(RULE[plant.rule[i]])
            .append(',');
        int dec = UOM_DECIMALS[plant.uom[i]];
        if (plant.rule[i] == FOQ) {
          dec(sb, plant.lotQty[i], dec);
        }
        sb.append(',');
        if (plant.rule[i] == MIN_MULT) {
          dec(sb, plant.lotMin[i], dec);
          sb.append(',');
          dec(sb, plant.lotMult[i], dec);
        } else {
          sb.append(',');
        }
        sb.append(',');
        if (plant.rule[i] == POQ) {
          sb.append(plant.lotPeriods[i]);
        }
        sb.append(',');
        if (plant.safety[i] > 0) {
          dec(sb, plant.safety[i], dec);
        }
        planning(sb, i);
        f.end();
      }
    }
  }

  /**
   * The live plant's planning parameters: end items see only orders in their first week (demand
   * fence of 5 working days) and consume their forecasts 10 days back and 20 ahead; one made item
   * in twenty is frozen for 3 working days (planning fence).
   */
  private void planning(StringBuilder sb, int i) {
    sb.append(',').append(plant.top[i] ? "5" : "");
    sb.append(',').append(plant.type[i] == MAKE && i % 20 == 7 ? "3" : "");
    sb.append(',').append(plant.top[i] ? "10" : "");
    sb.append(',').append(plant.top[i] ? "20" : "");
  }

  /** The main warehouse, and a quarantine warehouse MRP does not count. */
  void writeWarehouses() throws IOException {
    try (CsvFile f = folder.open("warehouses.csv", "code,description,nettable")) {
      f.sb.append(WAREHOUSE).append(",Main warehouse,true");
      f.end();
      f.sb.append(QUARANTINE).append(",Quarantine: waiting for inspection,false");
      f.end();
    }
  }

  void writeSuppliers() throws IOException {
    try (CsvFile f = folder.open("suppliers.csv", "code,name,subcontractor")) {
      for (int s = 0; s < plant.nSuppliers; s++) {
        f.sb.append(plant.supplierCode[s]).append(',');
        text(f.sb, plant.supplierName[s]);
        f.sb.append(',').append(plant.subcontractor[s]);
        f.end();
      }
    }
  }

  void writeDepartments() throws IOException {
    try (CsvFile f = folder.open("departments.csv", "code,description")) {
      for (int d = 0; d < plant.deptCode.size(); d++) {
        f.sb.append(plant.deptCode.get(d)).append(',');
        text(f.sb, plant.deptDescription.get(d));
        f.end();
      }
    }
  }

  void writeWorkCenters() throws IOException {
    try (CsvFile f =
        folder.open(
            "work_centers.csv",
            "code,department,capacity,efficiency_pct,calendar,description,utilisation_pct,finite")) {
      for (int w = 0; w < plant.wcCode.length; w++) {
        boolean ext = w == plant.extWc;
        f.sb
            .append(plant.wcCode[w])
            .append(',')
            .append(plant.wcDept[w])
            .append(',')
            .append(plant.wcCapacity[w])
            .append(',')
            .append(plant.wcEfficiency[w])
            .append(',')
            .append(ext ? "" : CALENDAR)
            .append(',');
        text(f.sb, plant.wcDescription[w]);
        f.sb.append(',').append(plant.wcUtilisation[w]).append(',').append(!ext);
        f.end();
      }
    }
  }
}
