package org.officina.integration.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.officina.demand.model.DemandLine;
import org.officina.demand.model.DemandType;
import org.officina.engineering.model.ItemData;
import org.officina.engineering.model.ItemKind;
import org.officina.engineering.model.ItemRules;
import org.officina.engineering.model.UnitOfMeasure;
import org.officina.execution.model.ProductionOrder;
import org.officina.integration.model.Dataset.Lined;
import org.officina.integration.model.ExchangeFormat.Column;
import org.officina.inventory.model.StockLevel;
import org.officina.inventory.model.Warehouse;
import org.officina.inventory.model.WarehouseLocation;
import org.officina.inventory.model.WarehouseRules;
import org.officina.purchasing.model.PriceList;
import org.officina.purchasing.model.PriceListLine;
import org.officina.purchasing.model.PriceListRules;
import org.officina.purchasing.model.Supplier;
import org.officina.purchasing.model.SupplyLine;
import org.officina.purchasing.model.SupplyOrderType;
import org.officina.resources.model.Changeover;
import org.officina.resources.model.Department;
import org.officina.resources.model.Machine;
import org.officina.resources.model.Operator;
import org.officina.resources.model.WorkCenter;
import org.officina.shared.model.ImportError;
import org.officina.shared.model.Violation;

/**
 * The rules of a dataset that span files: every code a file refers to is defined in the dataset or
 * already known, keys are not repeated, quantities suit their item's unit. Rules of the structure
 * (bills and routings) are in {@link StructureRules}. Each broken rule is reported with the file,
 * line and column of the reference.
 */
public final class DatasetRules {

  final Dataset dataset;
  final Catalog catalog;
  final Consumer<ImportError> errors;
  final Map<String, ItemKind> items = new HashMap<>();
  final Set<String> workCenters = new HashSet<>();
  final Map<String, Boolean> suppliers = new HashMap<>();
  final Set<String> tools = new HashSet<>();
  private final Set<String> calendars = new HashSet<>();
  private final Set<String> departments = new HashSet<>();

  private DatasetRules(Dataset dataset, Catalog catalog, Consumer<ImportError> errors) {
    this.dataset = dataset;
    this.catalog = catalog;
    this.errors = errors;
    items.putAll(catalog.items());
    for (Lined<ItemData> item : dataset.items) {
      if (item.value() != null) {
        items.put(item.value().code(), new ItemKind(item.value().supplyType(), item.value().uom()));
      }
    }
    calendars.addAll(catalog.calendars());
    dataset.calendars.forEach(day -> calendars.add(day.value().calendar()));
    departments.addAll(catalog.departments());
    dataset.departments.forEach(d -> departments.add(d.value().code()));
    dataset.workCenters.forEach(w -> departments.add(w.value().department()));
    workCenters.addAll(catalog.workCenters());
    dataset.workCenters.forEach(w -> workCenters.add(w.value().code()));
    tools.addAll(catalog.tools());
    dataset.tools.forEach(t -> tools.add(t.value().code()));
    suppliers.putAll(catalog.suppliers());
    dataset.suppliers.forEach(s -> suppliers.put(s.value().code(), s.value().subcontractor()));
    dataset.routings.stream()
        .map(op -> op.value().subcontractor())
        .filter(java.util.Objects::nonNull)
        .forEach(code -> suppliers.putIfAbsent(code, true));
  }

  /** Checks the dataset against itself and what Officina already holds. */
  public static void check(Dataset dataset, Catalog catalog, Consumer<ImportError> errors) {
    DatasetRules rules = new DatasetRules(dataset, catalog, errors);
    new CalendarRules(dataset.calendars, errors).check();
    rules.checkResources();
    rules.checkWarehouses();
    new StructureRules(rules).check();
    rules.checkStock();
    rules.checkSupply();
    rules.checkDemand();
    rules.checkPriceLists();
  }

  /**
   * Each line of a price list a valid list of a known item; the lines of one list agree on its
   * columns and give each break once.
   */
  private void checkPriceLists() {
    String file = ExchangeFormat.PRICE_LISTS;
    Map<PriceList.Key, PriceListLine> first = new HashMap<>();
    Set<List<Object>> breaks = new HashSet<>();
    for (Lined<PriceListLine> line : dataset.priceLists) {
      PriceList list = line.value().list();
      requireItem(file, line.line(), Column.ITEM, list.item());
      PriceListRules.check(list, suppliers)
          .forEach(v -> errors.accept(new ImportError(file, line.line(), v)));
      PriceListLine earlier = first.putIfAbsent(list.key(), line.value());
      if (earlier != null && !earlier.agreesWith(line.value())) {
        error(file, line.line(), "currency", "priceList.disagrees", list.item(), list.supplier());
      }
      BigDecimal from = list.breaks().get(0).fromQty();
      if (from != null && !breaks.add(List.of(list.key(), from.stripTrailingZeros()))) {
        error(file, line.line(), "break_qty", "priceList.duplicateBreak", from);
      }
    }
  }

  /**
   * Warehouses with a subcontractor that is one; locations of warehouses defined in the dataset or
   * known already.
   */
  private void checkWarehouses() {
    unique(ExchangeFormat.WAREHOUSES, dataset.warehouses, w -> w.code(), "code");
    unique(
        ExchangeFormat.LOCATIONS,
        dataset.locations,
        l -> Arrays.asList(l.warehouse(), l.code()),
        "location");
    for (Lined<Warehouse> warehouse : dataset.warehouses) {
      WarehouseRules.check(warehouse.value(), suppliers)
          .forEach(
              v -> errors.accept(new ImportError(ExchangeFormat.WAREHOUSES, warehouse.line(), v)));
    }
    Set<String> warehouses = new HashSet<>(catalog.warehouses());
    dataset.warehouses.forEach(w -> warehouses.add(w.value().code()));
    for (Lined<WarehouseLocation> location : dataset.locations) {
      WarehouseRules.check(location.value(), warehouses)
          .forEach(
              v -> errors.accept(new ImportError(ExchangeFormat.LOCATIONS, location.line(), v)));
    }
  }

  private void checkResources() {
    unique(ExchangeFormat.SUPPLIERS, dataset.suppliers, s -> s.code(), "code");
    unique(ExchangeFormat.DEPARTMENTS, dataset.departments, Department::code, "code");
    unique(ExchangeFormat.TOOLS, dataset.tools, t -> t.code(), "code");
    unique(ExchangeFormat.WORK_CENTERS, dataset.workCenters, WorkCenter::code, "code");
    unique(ExchangeFormat.MACHINES, dataset.machines, Machine::code, "code");
    unique(ExchangeFormat.OPERATORS, dataset.operators, Operator::code, "code");
    for (Lined<Supplier> supplier : dataset.suppliers) {
      String calendar = supplier.value().calendar();
      if (calendar != null && !calendar.isEmpty() && !calendars.contains(calendar)) {
        error(ExchangeFormat.SUPPLIERS, supplier.line(), "calendar", "calendar.unknown", calendar);
      }
    }
    for (Lined<WorkCenter> center : dataset.workCenters) {
      String calendar = center.value().calendar();
      if (calendar != null && !calendars.contains(calendar)) {
        error(ExchangeFormat.WORK_CENTERS, center.line(), "calendar", "calendar.unknown", calendar);
      }
    }
    unique(
        ExchangeFormat.CHANGEOVERS,
        dataset.changeovers,
        c -> Arrays.asList(c.workCenter(), c.fromFamily(), c.toFamily()),
        "to_family");
    for (Lined<Changeover> changeover : dataset.changeovers) {
      Changeover c = changeover.value();
      requireWorkCenter(
          ExchangeFormat.CHANGEOVERS, changeover.line(), "work_center", c.workCenter());
      if (c.fromFamily().equals(c.toFamily())) {
        error(
            ExchangeFormat.CHANGEOVERS,
            changeover.line(),
            "to_family",
            "changeover.sameFamily",
            c.fromFamily());
      }
    }
    for (Lined<Machine> machine : dataset.machines) {
      requireWorkCenter(
          ExchangeFormat.MACHINES, machine.line(), "work_center", machine.value().workCenter());
    }
    for (Lined<Operator> operator : dataset.operators) {
      String department = operator.value().department();
      if (department != null && !departments.contains(department)) {
        error(
            ExchangeFormat.OPERATORS,
            operator.line(),
            "department",
            "department.unknown",
            department);
      }
      operator
          .value()
          .skills()
          .forEach(s -> requireWorkCenter(ExchangeFormat.OPERATORS, operator.line(), "skills", s));
    }
  }

  private void checkStock() {
    unique(ExchangeFormat.STOCK, dataset.stock, StockLevel::key, Column.QTY);
    for (Lined<StockLevel> stock : dataset.stock) {
      ItemKind item =
          requireItem(ExchangeFormat.STOCK, stock.line(), Column.ITEM, stock.value().item());
      quantity(ExchangeFormat.STOCK, stock.line(), Column.QTY, stock.value().qty(), item);
    }
  }

  private void checkSupply() {
    unique(
        ExchangeFormat.SUPPLY,
        dataset.supply,
        l -> Arrays.asList(l.type(), l.number(), l.line()),
        Column.NUMBER);
    for (Lined<SupplyLine> line : dataset.supply) {
      SupplyLine supply = line.value();
      ItemKind item = requireItem(ExchangeFormat.SUPPLY, line.line(), Column.ITEM, supply.item());
      positiveQuantity(ExchangeFormat.SUPPLY, line.line(), Column.QTY, supply.qty(), item);
      checkSupplier(line.line(), supply);
    }
  }

  private void checkSupplier(long line, SupplyLine supply) {
    if (supply.supplier() == null) {
      return;
    }
    if (supply.type() == SupplyOrderType.PRODUCTION) {
      error(
          ExchangeFormat.SUPPLY,
          line,
          Column.SUPPLIER,
          "supply.supplierOfProduction",
          supply.number());
    } else if (supply.type() == SupplyOrderType.SUBCONTRACT
        && Boolean.FALSE.equals(suppliers.get(supply.supplier()))) {
      error(
          ExchangeFormat.SUPPLY,
          line,
          Column.SUPPLIER,
          "supplier.notSubcontractor",
          supply.supplier());
    }
  }

  private void checkDemand() {
    unique(
        ExchangeFormat.DEMAND,
        dataset.demand,
        l -> Arrays.asList(l.type(), l.number(), l.line()),
        Column.NUMBER);
    for (Lined<DemandLine> line : dataset.demand) {
      ItemKind item =
          requireItem(ExchangeFormat.DEMAND, line.line(), Column.ITEM, line.value().item());
      positiveQuantity(ExchangeFormat.DEMAND, line.line(), Column.QTY, line.value().qty(), item);
      if (line.value().type() == DemandType.ALLOCATION
          && line.value().number().startsWith(ProductionOrder.NUMBER_PREFIX)) {
        error(
            ExchangeFormat.DEMAND,
            line.line(),
            Column.NUMBER,
            "demand.allocationOfOwnOrder",
            line.value().number());
      }
    }
  }

  ItemKind requireItem(String file, long line, String column, String code) {
    ItemKind item = items.get(code);
    if (item == null && !code.isEmpty()) {
      error(file, line, column, "item.notFound", code);
    }
    return item;
  }

  void requireWorkCenter(String file, long line, String column, String code) {
    if (!code.isEmpty() && !workCenters.contains(code)) {
      error(file, line, column, "workCenter.unknown", code);
    }
  }

  private void positiveQuantity(
      String file, long line, String column, BigDecimal qty, ItemKind item) {
    if (qty.signum() <= 0) {
      error(file, line, column, "value.positive", qty.toPlainString());
    } else {
      quantity(file, line, column, qty, item);
    }
  }

  private void quantity(String file, long line, String column, BigDecimal qty, ItemKind item) {
    UnitOfMeasure uom = item == null ? null : item.uom();
    ItemRules.checkQuantity(column, qty, uom)
        .forEach(v -> errors.accept(new ImportError(file, line, v)));
  }

  /** Reports every line whose key an earlier line of the same file already has. */
  <T, K> void unique(String file, List<Lined<T>> lines, Function<T, K> key, String column) {
    Map<K, Long> seen = new HashMap<>();
    for (Lined<T> line : lines) {
      K value = key.apply(line.value());
      Long first = seen.putIfAbsent(value, line.line());
      if (first != null) {
        error(file, line.line(), column, "dataset.duplicate", describe(value), first);
      }
    }
  }

  private static String describe(Object key) {
    if (key instanceof List<?> parts) {
      return parts.stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse("");
    }
    if (key instanceof StockLevel.Key stock) {
      return String.join(
          " ",
          stock.item(),
          stock.warehouse(),
          String.valueOf(stock.location()),
          String.valueOf(stock.lot()));
    }
    return String.valueOf(key);
  }

  void error(String file, long line, String column, String key, Object... args) {
    errors.accept(new ImportError(file, line, Violation.of(column, key, args)));
  }
}
