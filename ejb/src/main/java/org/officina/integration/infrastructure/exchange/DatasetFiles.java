package org.officina.integration.infrastructure.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.ExchangeFormat;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * The files of a dataset ({@link ExchangeFormat}), each read with its {@link ExchangeFile} into a
 * {@link Dataset} with every error of every file, and written from one.
 */
public final class DatasetFiles {

  private static final Map<String, Slot<?>> SLOTS = new LinkedHashMap<>();

  /**
   * A file and the list of the dataset it fills. Each reading takes a file of its own: items.csv
   * remembers the codes it has read.
   */
  private record Slot<T>(
      Supplier<ExchangeFile<T>> file, Function<Dataset, List<Dataset.Lined<T>>> list) {}

  static {
    add(CalendarsFile::new, d -> d.calendars);
    add(ItemsCsv::new, d -> d.items);
    add(SuppliersFile::new, d -> d.suppliers);
    add(WarehousesFile::new, d -> d.warehouses);
    add(LocationsFile::new, d -> d.locations);
    add(DepartmentsFile::new, d -> d.departments);
    add(ToolsFile::new, d -> d.tools);
    add(WorkCentersFile::new, d -> d.workCenters);
    add(ChangeoversFile::new, d -> d.changeovers);
    add(MachinesFile::new, d -> d.machines);
    add(OperatorsFile::new, d -> d.operators);
    add(BomFile::new, d -> d.bom);
    add(RoutingsFile::new, d -> d.routings);
    add(StockFile::new, d -> d.stock);
    add(SupplyFile::new, d -> d.supply);
    add(DemandFile::new, d -> d.demand);
    add(PriceListsFile::new, d -> d.priceLists);
  }

  private static <T> void add(
      Supplier<ExchangeFile<T>> file, Function<Dataset, List<Dataset.Lined<T>>> list) {
    SLOTS.put(file.get().name(), new Slot<>(file, list));
  }

  private DatasetFiles() {}

  /** The names of the files a dataset may hold, in import order. */
  public static List<String> names() {
    return ExchangeFormat.names();
  }

  /**
   * Reads one file into the dataset; every error found goes to errors. An unknown file name is an
   * error of its own.
   */
  public static void read(String name, Reader in, Dataset into, Consumer<ImportError> errors) {
    if (!SLOTS.containsKey(name)) {
      errors.accept(
          new ImportError(
              name,
              0,
              Violation.of(null, "dataset.unknownFile", name, String.join(", ", names()))));
      return;
    }
    readInto(SLOTS.get(name), in, into, errors);
  }

  private static <T> void readInto(
      Slot<T> slot, Reader in, Dataset into, Consumer<ImportError> errors) {
    List<Dataset.Lined<T>> list = slot.list().apply(into);
    ExchangeFile<T> file = slot.file().get();
    CsvTable.read(
        file,
        in,
        row -> {
          into.counted(file.name(), row.line());
          T value = file.read(row);
          row.violations().forEach(v -> errors.accept(new ImportError(file.name(), row.line(), v)));
          list.add(new Dataset.Lined<>(row.line(), value));
        },
        errors);
  }

  /** How many lines each file of the dataset had, for the files it had. */
  public static Map<String, Integer> lineCounts(Dataset dataset) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    SLOTS.forEach(
        (name, slot) -> {
          int lines = slot.list().apply(dataset).size();
          if (lines > 0) {
            counts.put(name, lines);
          }
        });
    return counts;
  }

  /**
   * Writes each file of the dataset that has content, through the writer the opener gives for its
   * name.
   */
  public static void write(Dataset dataset, Opener opener) throws IOException {
    for (Slot<?> slot : SLOTS.values()) {
      writeFile(slot, dataset, opener);
    }
  }

  private static <T> void writeFile(Slot<T> slot, Dataset dataset, Opener opener)
      throws IOException {
    List<Dataset.Lined<T>> values = slot.list().apply(dataset);
    if (values.isEmpty()) {
      return;
    }
    ExchangeFile<T> file = slot.file().get();
    try (Writer out = opener.open(file.name())) {
      CsvTable.write(file, Dataset.values(values), out);
    }
  }

  /** Where export writes a file: a folder, a zip entry. */
  @FunctionalInterface
  public interface Opener {
    Writer open(String file) throws IOException;
  }
}
