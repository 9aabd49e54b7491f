package org.officina.integration.model;

import java.util.ArrayList;
import java.util.List;
import org.officina.demand.model.DemandLine;
import org.officina.engineering.model.BomLine;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.RoutingOperation;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.Warehouse;
import org.officina.inventory.model.WarehouseLocation;
import org.officina.purchasing.model.PriceListLine;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplyLine;
import org.officina.resources.model.Changeover;
import org.officina.resources.model.Department;
import org.officina.resources.model.Machine;
import org.officina.resources.model.Operator;
import org.officina.resources.model.Tool;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * The content of a dataset folder, file by file, each value with the line it was read from so that
 * rules spanning several files can say where a mistake is. Empty lists stand for absent files.
 */
public final class Dataset {

  /** A value and the line of its file it was read from (0 for values not read from a file). */
  public record Lined<T>(long line, T value) {}

  /**
   * The most lines a dataset may hold: twice the 200,000-item benchmark plant (about 1.9 million
   * lines). A zip's unpacked size alone would let tiny lines count in the hundreds of millions.
   */
  public static final int MOST_LINES = 4_000_000;

  private int lines;

  /** Counts one more line read; a line beyond {@link #MOST_LINES} stops the import where it is. */
  public void counted(String file, long line) {
    if (++lines > MOST_LINES) {
      throw new ImportStopped(
          new ImportError(file, line, Violation.of(null, "dataset.tooManyLines", MOST_LINES)));
    }
  }

  public final List<Lined<ItemData>> items = new ArrayList<>();
  public final List<Lined<CalendarDay>> calendars = new ArrayList<>();
  public final List<Lined<Supplier>> suppliers = new ArrayList<>();
  public final List<Lined<PriceListLine>> priceLists = new ArrayList<>();
  public final List<Lined<Warehouse>> warehouses = new ArrayList<>();
  public final List<Lined<WarehouseLocation>> locations = new ArrayList<>();
  public final List<Lined<Department>> departments = new ArrayList<>();
  public final List<Lined<Tool>> tools = new ArrayList<>();
  public final List<Lined<WorkCenter>> workCenters = new ArrayList<>();
  public final List<Lined<Changeover>> changeovers = new ArrayList<>();
  public final List<Lined<Machine>> machines = new ArrayList<>();
  public final List<Lined<Operator>> operators = new ArrayList<>();
  public final List<Lined<BomLine>> bom = new ArrayList<>();
  public final List<Lined<RoutingOperation>> routings = new ArrayList<>();
  public final List<Lined<StockLevel>> stock = new ArrayList<>();
  public final List<Lined<SupplyLine>> supply = new ArrayList<>();
  public final List<Lined<DemandLine>> demand = new ArrayList<>();

  public static <T> List<T> values(List<Lined<T>> lined) {
    return lined.stream().map(Lined::value).toList();
  }

  /** The values as lines numbered in order, as export hands them over. */
  public static <T> List<Lined<T>> lined(List<T> values) {
    List<Lined<T>> lined = new ArrayList<>(values.size());
    for (T value : values) {
      lined.add(new Lined<>(0, value));
    }
    return lined;
  }
}
