package org.officina.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The plant of the scheduling benchmark as an exchange dataset, drawn from a seed: 40 work centers
 * in 8 departments (one to three units, 85-100 % efficiency; two shifts on weekdays, every fifth
 * center three, a holiday every third Wednesday), a subcontractor, 15 tools (two to four of each),
 * six setup families with a changeover matrix per center, and products whose routings have 3 to 10
 * operations flowing through the departments (some with a tool, an alternate center in their
 * department, overlap, queue and move; one in twenty at the subcontractor).
 */
final class SchedulePlantFiles {

  static final int CENTERS = 40;
  static final String WAREHOUSE = "SCH-STORE";
  private static final int DEPARTMENTS = 8;
  private static final int FAMILIES = 6;
  private static final int TOOLS = 15;

  /** A product's routing as the orders need it: each operation's center and minutes per piece. */
  record Product(String code, List<int[]> operations) {

    /** The standard minutes an order of qty takes on each center it visits (setup + run). */
    long minutes(int qty) {
      return operations.stream().mapToLong(op -> op[1] + (long) op[2] * qty).sum();
    }
  }

  private SchedulePlantFiles() {}

  /** Writes the dataset into dir and gives its products. */
  static List<Product> write(Path dir, int products, long seed, LocalDate from) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder calendars = new StringBuilder("calendar,day,shifts,time_zone\n");
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        String name = day.name().substring(0, 3);
        calendars.append("SCH-2-SHIFTS,").append(name).append(",06:00-14:00;14:00-22:00,UTC\n");
        calendars.append("SCH-3-SHIFTS,").append(name);
        calendars.append(",06:00-14:00;14:00-22:00;22:00-06:00,UTC\n");
      }
    }
    for (LocalDate day = from.with(DayOfWeek.WEDNESDAY);
        day.isBefore(from.plusYears(1));
        day = day.plusWeeks(3)) {
      calendars.append("SCH-2-SHIFTS,").append(day).append(",,UTC\n");
      calendars.append("SCH-3-SHIFTS,").append(day).append(",,UTC\n");
    }
    StringBuilder departments = new StringBuilder("code,description\n");
    for (int d = 0; d < DEPARTMENTS; d++) {
      departments.append("SCH-D").append(d + 1).append(",Department ").append(d + 1).append('\n');
    }
    StringBuilder centers =
        new StringBuilder("code,department,capacity,efficiency_pct,calendar,utilisation_pct\n");
    StringBuilder changeovers = new StringBuilder("work_center,from_family,to_family,minutes\n");
    for (int c = 0; c < CENTERS; c++) {
      centers.append(center(c)).append(",SCH-D").append(c / (CENTERS / DEPARTMENTS) + 1);
      centers.append(',').append(1 + random.nextInt(3)).append(',').append(85 + random.nextInt(16));
      centers.append(c % 5 == 0 ? ",SCH-3-SHIFTS" : ",SCH-2-SHIFTS").append(",95\n");
      for (int a = 0; a < FAMILIES; a++) {
        for (int b = 0; b < FAMILIES; b++) {
          if (a != b && random.nextBoolean()) {
            changeovers.append(center(c)).append(",F").append(a).append(",F").append(b);
            changeovers.append(',').append(10 + random.nextInt(51)).append('\n');
          }
        }
      }
    }
    StringBuilder tools = new StringBuilder("code,qty_available\n");
    for (int t = 0; t < TOOLS; t++) {
      tools.append("SCH-T").append(t).append(',').append(2 + t % 3).append('\n');
    }
    StringBuilder items = new StringBuilder("code,supply_type,uom\n");
    StringBuilder routings =
        new StringBuilder(
            "item,seq,work_center,setup_minutes,run_minutes,queue_minutes,subcontractor,move_minutes,"
                + "overlap_pct,tooling,setup_family,alternate_work_centers,fixed_minutes\n");
    List<Product> made = new ArrayList<>();
    for (int p = 0; p < products; p++) {
      String code = String.format("SCH-P%05d", p);
      items.append(code).append(",MAKE,PCS\n");
      made.add(new Product(code, routing(random, code, routings)));
    }
    Files.writeString(dir.resolve("calendars.csv"), calendars);
    Files.writeString(dir.resolve("departments.csv"), departments);
    Files.writeString(dir.resolve("tools.csv"), tools);
    Files.writeString(dir.resolve("work_centers.csv"), centers);
    Files.writeString(dir.resolve("changeovers.csv"), changeovers);
    Files.writeString(dir.resolve("suppliers.csv"), "code,subcontractor\nSCH-SUB,true\n");
    Files.writeString(dir.resolve("warehouses.csv"), "code\n" + WAREHOUSE + "\n");
    Files.writeString(dir.resolve("items.csv"), items);
    Files.writeString(dir.resolve("routings.csv"), routings);
    return made;
  }

  /** Appends a product's routing; gives its operations as {center, setup, run per piece}. */
  private static List<int[]> routing(SplittableRandom random, String item, StringBuilder out) {
    List<int[]> operations = new ArrayList<>();
    int count = 3 + random.nextInt(8);
    int department = random.nextInt(DEPARTMENTS);
    for (int k = 0; k < count; k++) {
      // half the time the next operation stays in the department, else it moves to any other
      department = random.nextBoolean() ? department : random.nextInt(DEPARTMENTS);
      int first = department * (CENTERS / DEPARTMENTS);
      int c = first + random.nextInt(CENTERS / DEPARTMENTS);
      out.append(item).append(',').append(10 * (k + 1)).append(',').append(center(c)).append(',');
      if (random.nextInt(20) == 0) {
        // three to seven days at the subcontractor, whatever the quantity: its fixed time
        int lead = (3 + random.nextInt(5)) * 1440;
        out.append("0,0,0,SCH-SUB,0,0,,,,").append(lead).append('\n');
        continue;
      }
      int setup = 15 + random.nextInt(76);
      int run = 1 + random.nextInt(12);
      String alternate =
          random.nextInt(8) == 0 ? center(first + random.nextInt(CENTERS / DEPARTMENTS)) : "";
      out.append(setup).append(',').append(run).append(',').append(random.nextInt(4) * 15);
      out.append(",,").append(random.nextInt(3) * 10).append(',');
      out.append(random.nextInt(5) == 0 ? 50 : 0).append(',');
      out.append(random.nextInt(6) == 0 ? "SCH-T" + random.nextInt(TOOLS) : "").append(',');
      out.append('F').append(random.nextInt(FAMILIES)).append(',');
      out.append(alternate.equals(center(c)) ? "" : alternate).append(",\n");
      operations.add(new int[] {c, setup, run});
    }
    return operations;
  }

  static String center(int c) {
    return String.format("SCH-WC%02d", c + 1);
  }
}
