package org.officina.bench;

import static org.officina.bench.CsvFile.pad;
import static org.officina.bench.Plant.DEMAND_DAYS;
import static org.officina.bench.Plant.round;

import java.io.IOException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** demand.csv: a year of forecasts and sales orders. */
record DemandFile(Plant plant, CsvFile.Folder folder) {

  /**
   * A year of demand: monthly FORECAST lines for end items and service parts, SALES order lines for
   * end items every 6 to 15 days, grouped into orders of 1 to 5 lines.
   */
  void write(SplittableRandom r) throws IOException {
    try (CsvFile f = folder.open("demand.csv", "type,number,line,item,qty,due_date,customer")) {
      LocalDate first = plant.start.withDayOfMonth(1);
      for (int m = 0; m < 12; m++) {
        LocalDate month = first.plusMonths(m);
        int day = plant.workday((int) Math.max(0, month.toEpochDay() - plant.start.toEpochDay()));
        String number = "FC-" + month.getYear() + "-" + pad(month.getMonthValue(), 2);
        int line = 0;
        for (int i = 0; i < plant.n; i++) {
          if (!plant.top[i] && !plant.service[i]) {
            continue;
          }
          double qty = round(plant.indep[i] * 4.33 * (0.8 + 0.4 * r.nextDouble()), plant.uom[i]);
          f.orderLine(plant, "FORECAST", number, ++line, i, qty, day, null);
        }
      }
      ItemQuantities.Keys events = new ItemQuantities.Keys();
      ItemQuantities records = new ItemQuantities();
      for (int i = 0; i < plant.n; i++) {
        if (!plant.top[i]) {
          continue;
        }
        int every = 6 + r.nextInt(10);
        for (int d = r.nextInt(every);
            d < DEMAND_DAYS;
            d += Math.max(1, every - 2 + r.nextInt(5))) {
          int due = plant.workday(d);
          double qty = round(plant.indep[i] * every / 7.0 * (0.5 + r.nextDouble()), plant.uom[i]);
          events.add(((long) due << 40) | records.add(i, qty));
        }
      }
      for (Plant.Allocation a : plant.allocations) {
        f.orderLine(plant, "ALLOCATION", a.order(), a.line(), a.item(), a.qty(), a.day(), null);
      }
      long[] sorted = events.sorted();
      int tops = 0;
      for (boolean t : plant.top) {
        tops += t ? 1 : 0;
      }
      int customers = Math.max(10, tops / 8);
      int number = 0;
      for (int k = 0; k < sorted.length; ) {
        int lines = Math.min(1 + r.nextInt(5), sorted.length - k);
        String order = "SO" + pad(++number, 7);
        String customer = "C" + pad(1 + r.nextInt(customers), 5);
        for (int l = 1; l <= lines; l++, k++) {
          int rec = (int) (sorted[k] & ((1L << 40) - 1));
          f.orderLine(
              plant,
              "SALES",
              order,
              l,
              records.item(rec),
              records.qty(rec),
              (int) (sorted[k] >>> 40),
              customer);
        }
      }
    }
  }
}
