package org.officina.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The arguments of bench/generate-plant: --items N --seed S --out DIR [--start YYYY-MM-DD]. */
record PlantArguments(int items, long seed, Path out, LocalDate start) {

  static final String USAGE =
      "usage: bench/generate-plant --items N --seed S --out DIR [--start YYYY-MM-DD]\n"
          + "  writes items, calendars, departments, work_centers, suppliers, bom, routings,\n"
          + "  stock, supply and demand .csv in the exchange format into DIR; the same\n"
          + "  arguments give byte-identical files. --start defaults to 2027-01-04.";

  /**
   * The arguments, each as "--name value" or "--name=value"; empty when help is asked for (-h or
   * --help), before any later argument is read.
   *
   * @throws IllegalArgumentException saying what is wrong, in the words the command prints
   */
  static Optional<PlantArguments> parse(String... args) {
    int items = -1;
    Long seed = null;
    String out = null;
    LocalDate start = LocalDate.of(2027, 1, 4);
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String value = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          value = a.substring(eq + 1);
          a = a.substring(0, eq);
        }
        if (a.equals("-h") || a.equals("--help")) {
          return Optional.empty();
        }
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("missing value for " + a);
          }
          value = args[++i];
        }
        switch (a) {
          case "--items" -> items = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--out" -> out = value;
          case "--start" -> start = LocalDate.parse(value);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("bad value: " + e.getMessage(), e);
    }
    if (items < 0 || seed == null || out == null) {
      throw new IllegalArgumentException("--items, --seed and --out are required");
    }
    if (items < 50) {
      throw new IllegalArgumentException(
          "--items must be at least 50 (the smallest plant with BOMs 3 to 7 levels deep)");
    }
    if (items > 9_999_999) {
      throw new IllegalArgumentException("--items must be at most 9999999");
    }
    return Optional.of(new PlantArguments(items, seed, Path.of(out), start));
  }
}
