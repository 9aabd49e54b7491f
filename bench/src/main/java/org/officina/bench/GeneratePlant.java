package org.officina.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Writes a synthetic plant in Officina's exchange format (docs/exchange-format.md) for the MRP
 * benchmarks of issue 4. Run through bench/generate-plant:
 *
 * <pre>bench/generate-plant --items N --seed S --out DIR [--start YYYY-MM-DD]</pre>
 *
 * <p>The same arguments give byte-identical files: everything is drawn from one seeded
 * SplittableRandom (one split per phase), nothing depends on hash order, the clock or the locale.
 *
 * <p>Shape, for N items: 20% BUY (the leaves), 3.5% SUBCONTRACT, the rest MAKE. Every MAKE and
 * SUBCONTRACT item has a height h (1..6, the longest path down to a purchased item) and 2..6
 * components of lower height, one of them of height h-1; so there is no cycle and an end item of
 * height h has a BOM h+1 levels deep. End items (about 4.5% of N, no parent) have heights 2..6:
 * BOMs 3..7 levels deep. Every other item has at least one parent. Weekly volumes flow from the end
 * items' sales rates down the BOM, and lot sizes, safety stocks, stock and open orders are sized on
 * them, so that the plan the data gives is plausible.
 */
public final class GeneratePlant {

  private GeneratePlant() {}

  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    Optional<PlantArguments> parsed;
    try {
      parsed = PlantArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("generate-plant: " + e.getMessage());
      System.err.println(PlantArguments.USAGE);
      System.exit(2);
      return;
    }
    if (parsed.isEmpty()) {
      System.out.println(PlantArguments.USAGE);
      return;
    }
    PlantArguments arguments = parsed.get();
    List<String> summary = run(arguments);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.println(
        "generate-plant: items="
            + arguments.items()
            + " seed="
            + arguments.seed()
            + " start="
            + arguments.start()
            + " out="
            + arguments.out()
            + ": "
            + String.join(", ", summary)
            + String.format(Locale.ROOT, " (%.2f s)", seconds));
  }

  /** Writes the plant of the arguments into their folder; returns each file's name and rows. */
  static List<String> run(PlantArguments arguments) throws IOException {
    Files.createDirectories(arguments.out());
    SplittableRandom root = new SplittableRandom(arguments.seed());
    Plant plant = generate(arguments.items(), arguments.start(), root);
    return write(plant, arguments.out(), root);
  }

  /** Draws the plant, one split of the root per phase, in this order: it makes the files. */
  static Plant generate(int items, LocalDate start, SplittableRandom root) {
    Plant plant = new Plant(items, start);
    new WorkingCalendar(plant).generate();
    new Resources(plant).generate(root.split());
    new ItemRoles(plant).generate(root.split());
    new Routings(plant).generate(root.split());
    Bills bills = new Bills(plant);
    bills.generate(root.split());
    bills.engineeringChanges(root.split());
    PlanningParameters parameters = new PlanningParameters(plant);
    parameters.volumes(root.split());
    parameters.itemParameters(root.split());
    return plant;
  }

  /** Writes the files, continuing the root's splits where the generation left them. */
  private static List<String> write(Plant plant, Path dir, SplittableRandom root)
      throws IOException {
    CsvFile.Folder folder = new CsvFile.Folder(dir);
    MasterDataFiles master = new MasterDataFiles(plant, folder);
    master.writeCalendars();
    master.writeItems(root.split());
    master.writeSuppliers();
    master.writeWarehouses();
    master.writeDepartments();
    master.writeWorkCenters();
    EngineeringFiles engineering = new EngineeringFiles(plant, folder);
    engineering.writeBom();
    engineering.writeRoutings(root.split());
    new StockFile(plant, folder).write(root.split());
    new SupplyFile(plant, folder).write(root.split());
    new DemandFile(plant, folder).write(root.split());
    return folder.summary;
  }
}
