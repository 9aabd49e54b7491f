package org.officina.integration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.officina.demand.application.DemandService;
import org.officina.engineering.application.BillOfMaterialsService;
import org.officina.engineering.application.ItemService;
import org.officina.engineering.application.RoutingService;
import org.officina.integration.model.CalendarRules;
import org.officina.integration.model.Catalog;
import org.officina.integration.model.Dataset;
import org.officina.integration.model.DatasetDefaults;
import org.officina.integration.model.DatasetFormat;
import org.officina.integration.model.DatasetRules;
import org.officina.integration.model.ExchangeFormat;
import org.officina.integration.model.ImportStopped;
import org.officina.inventory.application.StockService;
import org.officina.inventory.application.WarehouseService;
import org.officina.inventory.model.MovementReason;
import org.officina.inventory.model.Warehouse;
import org.officina.purchasing.application.PriceListService;
import org.officina.purchasing.application.PurchasingService;
import org.officina.purchasing.model.PriceListLine;
import org.officina.purchasing.model.Supplier;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.Department;
import org.officina.resources.model.Tool;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.MasterDataLock;
import org.officina.shared.model.Outcome;
import org.officina.shared.model.Roles;
import org.officina.shared.model.Violation;

/**
 * Imports a dataset (a folder of exchange-format files) in one transaction, all or nothing: every
 * file is read and every rule checked, within and across files and against what Officina already
 * holds; if anything is wrong, every error is returned and nothing is written. Otherwise the files
 * are written in dependency order.
 */
@Stateless
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.INTEGRATION})
public class DatasetImport {

  /** The phases of an import, in order: checking, then writing the files' contents. */
  public static final List<String> PHASES =
      List.of(
          "read", "catalog", "check", "items", "resources", "bom", "routings", "stock", "orders");

  private static final Logger LOG = Logger.getLogger(DatasetImport.class.getName());

  @Inject ItemService items;
  @Inject BillOfMaterialsService bills;
  @Inject RoutingService routings;
  @Inject PlantResourceService resources;
  @Inject PurchasingService purchasing;
  @Inject StockService stock;
  @Inject WarehouseService warehouses;
  @Inject PriceListService priceLists;
  @Inject DemandService demand;
  @Inject MasterDataLock lock;
  @Inject DatasetFormat format;

  /**
   * Imports a zipped dataset, reading each file as it is unpacked; a body that is no readable zip
   * of dataset files is refused like any other error.
   */
  public DatasetResult importZip(InputStream zip, Consumer<String> listener) {
    return imported(listener, (dataset, errors) -> format.readZip(zip, dataset, errors));
  }

  /** Imports one file of a dataset, read as it arrives. */
  public DatasetResult importFile(String name, Reader in) {
    return imported(phase -> {}, (dataset, errors) -> format.read(name, in, dataset, errors));
  }

  /** Imports the files given as name and content; names are those of docs/exchange-format.md. */
  public DatasetResult importFiles(Map<String, String> files) {
    return imported(
        phase -> {},
        (dataset, errors) -> {
          for (String name : order(files.keySet())) {
            format.read(name, new StringReader(files.get(name)), dataset, errors);
          }
        });
  }

  /** How an import's files are read into the dataset. */
  @FunctionalInterface
  private interface Reading {
    void read(Dataset into, ErrorCollector errors) throws IOException;
  }

  /**
   * Reads, checks what was read and, if all is well, writes it, telling the listener each phase it
   * finishes (one of {@link #PHASES}), so that a long import can show its progress. Reading stops
   * early on too many errors or lines, and only a zip can be unreadable.
   */
  private DatasetResult imported(Consumer<String> listener, Reading reading) {
    Phases phases = new Phases(listener);
    Dataset dataset = new Dataset();
    ErrorCollector errors = new ErrorCollector();
    try {
      reading.read(dataset, errors);
    } catch (IOException e) {
      errors.accept(
          new ImportError("dataset.zip", 0, Violation.of(null, "dataset.notZip", e.getMessage())));
      return new DatasetResult(Map.of(), errors.sorted(), errors.count());
    } catch (ImportStopped stop) {
      return errors.stopped(stop);
    }
    phases.end("read");
    lock.acquire();
    Catalog catalog = catalog();
    phases.end("catalog");
    try {
      DatasetRules.check(dataset, catalog, errors);
    } catch (ImportStopped stop) {
      return errors.stopped(stop);
    }
    phases.end("check");
    if (errors.count() > 0) {
      return new DatasetResult(Map.of(), errors.sorted(), errors.count());
    }
    write(dataset, phases);
    Map<String, Integer> lines = format.lineCounts(dataset);
    LOG.info(() -> "dataset imported: " + lines + " in " + phases);
    return new DatasetResult(lines, List.of(), 0);
  }

  /** How long each phase of an import took, for the log: where the time of a large import goes. */
  private static final class Phases {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final Consumer<String> listener;
    private long mark = System.nanoTime();

    Phases(Consumer<String> listener) {
      this.listener = listener;
    }

    void end(String phase) {
      long now = System.nanoTime();
      millis.put(phase, (now - mark) / 1_000_000);
      mark = now;
      listener.accept(phase);
    }

    @Override
    public String toString() {
      return millis.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue() + " ms")
          .collect(Collectors.joining(", "));
    }
  }

  private static List<String> order(Set<String> names) {
    List<String> known = ExchangeFormat.names();
    return names.stream()
        .sorted(
            java.util.Comparator.comparing(
                    (String n) -> known.contains(n) ? known.indexOf(n) : known.size())
                .thenComparing(n -> n))
        .toList();
  }

  private Catalog catalog() {
    Map<String, Set<Integer>> operations = new HashMap<>();
    routings.operationNumbers().forEach((item, seqs) -> operations.put(item, new HashSet<>(seqs)));
    return new Catalog(
        items.kinds(),
        codes(resources.calendars().stream().map(c -> c.code())),
        codes(resources.departments().stream().map(Department::code)),
        codes(resources.workCenters().stream().map(WorkCenter::code)),
        codes(resources.tools().stream().map(Tool::code)),
        purchasing.suppliers().stream()
            .collect(Collectors.toMap(Supplier::code, Supplier::subcontractor)),
        bills.allLines(),
        operations,
        codes(warehouses.warehouses().stream().map(Warehouse::code)));
  }

  private static Set<String> codes(java.util.stream.Stream<String> codes) {
    return codes.collect(Collectors.toSet());
  }

  private void write(Dataset dataset, Phases phases) {
    if (!dataset.items.isEmpty()) {
      items.importItems(Dataset.values(dataset.items));
    }
    phases.end("items");
    purchasing.saveSuppliers(DatasetDefaults.suppliers(dataset, purchasing.suppliers()));
    if (!dataset.warehouses.isEmpty() || !dataset.locations.isEmpty()) {
      Outcome<Void> saved =
          warehouses.save(Dataset.values(dataset.warehouses), Dataset.values(dataset.locations));
      if (saved instanceof Outcome.Refused<Void> refused) {
        throw new IllegalStateException("warehouses checked but refused: " + refused.violations());
      }
    }
    resources.save(
        new CalendarRules(dataset.calendars, e -> {}).definitions().values(),
        DatasetDefaults.departments(dataset, resources.departments()),
        Dataset.values(dataset.tools),
        Dataset.values(dataset.workCenters),
        Dataset.values(dataset.changeovers),
        Dataset.values(dataset.machines),
        Dataset.values(dataset.operators));
    phases.end("resources");
    bills.importBills(DatasetDefaults.byKey(dataset.bom, l -> l.parent()));
    phases.end("bom");
    routings.importRoutings(DatasetDefaults.byKey(dataset.routings, o -> o.item()));
    phases.end("routings");
    if (!dataset.stock.isEmpty()) {
      stock.setLevels(Dataset.values(dataset.stock), MovementReason.IMPORT, "stock.csv");
    }
    phases.end("stock");
    purchasing.saveSupply(Dataset.values(dataset.supply));
    demand.save(Dataset.values(dataset.demand));
    phases.end("orders");
    if (!dataset.priceLists.isEmpty()) {
      List<PriceListLine> lines = Dataset.values(dataset.priceLists);
      Outcome<Void> saved =
          priceLists.save(PriceListLine.lists(lines), PriceListLine.preferred(lines));
      if (saved instanceof Outcome.Refused<Void> refused) {
        throw new IllegalStateException("price lists checked but refused: " + refused.violations());
      }
    }
  }
}
